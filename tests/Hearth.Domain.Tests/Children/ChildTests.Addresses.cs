using Hearth.Domain.Children;

using static Hearth.Domain.Tests.Children.TestChildren;

namespace Hearth.Domain.Tests.Children;

public partial class ChildTests
{
    private static readonly Address FirstHome = Address.Create("1 High Street", null, null, "Weston-super-Mare", "BS23 1AA");

    private static readonly Address SecondHome = Address.Create("22 Station Road", "Flat 3", null, "Bristol", "BS1 4DJ");

    [Fact]
    public void MoveAddress_FirstAddress_BecomesCurrent()
    {
        var child = Registered();

        var address = child.MoveAddress(AddressKind.Home, FirstHome, new DateOnly(2020, 1, 1), Today, Context());

        child.CurrentAddress.ShouldBe(address);
        var change = SingleChange(child);
        change.Summary.ShouldBe("Address changed");
        Field(change, "Address").ShouldBe(new Audit.FieldChange("Address", null, "1 High Street, Weston-super-Mare, BS23 1AA"));
        change.Fields.ShouldNotContain(f => f.Field == "Previous address end date");
    }

    [Fact]
    public void MoveAddress_SecondAddress_EndsTheCurrentOneTheDayBefore()
    {
        var child = Registered();
        var first = child.MoveAddress(AddressKind.Home, FirstHome, new DateOnly(2020, 1, 1), Today, Context());
        child.TakePendingChanges();

        var second = child.MoveAddress(AddressKind.Temporary, SecondHome, new DateOnly(2026, 3, 1), Today, Context());

        first.EndDate.ShouldBe(new DateOnly(2026, 2, 28));
        child.CurrentAddress.ShouldBe(second);
        child.Addresses.ShouldBe([first, second]);
        var change = SingleChange(child);
        Field(change, "Address").Before.ShouldBe("1 High Street, Weston-super-Mare, BS23 1AA");
        Field(change, "Kind of address").ShouldBe(new Audit.FieldChange("Kind of address", "Home", "Temporary address"));
        Field(change, "Previous address end date").After.ShouldBe("2026-02-28");
    }

    [Fact]
    public void CanMoveAddress_StartingOnOrBeforeTheCurrentAddressStarted_IsRefused()
    {
        var child = Registered();
        child.MoveAddress(AddressKind.Home, FirstHome, new DateOnly(2020, 1, 1), Today, Context());

        child.CanMoveAddress(AddressKind.Home, SecondHome, new DateOnly(2020, 1, 1), Today).Message
            .ShouldBe("The new address must start after the current address started on 1 January 2020");
        child.CanMoveAddress(AddressKind.Home, SecondHome, new DateOnly(2019, 6, 1), Today).IsAllowed.ShouldBeFalse();
        child.CanMoveAddress(AddressKind.Home, SecondHome, new DateOnly(2020, 1, 2), Today).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanMoveAddress_InTheFuture_IsRefused()
    {
        Registered().CanMoveAddress(AddressKind.Home, FirstHome, Today.AddDays(1), Today).Message
            .ShouldBe("The date the child moved cannot be in the future");
    }

    [Fact]
    public void CanMoveAddress_NoFixedAbodeWithAnAddress_IsRefused()
    {
        Registered().CanMoveAddress(AddressKind.NoFixedAbode, FirstHome, Today, Today).Message
            .ShouldBe("A child with no fixed abode has no address: do not enter one");
    }

    [Fact]
    public void CanMoveAddress_HomeWithoutAnAddress_IsRefused()
    {
        Registered().CanMoveAddress(AddressKind.Home, null, Today, Today).Message.ShouldBe("Enter the address");
    }

    [Fact]
    public void MoveAddress_NoFixedAbode_IsRecordedWithoutAnAddress()
    {
        var child = Registered();

        var moved = child.MoveAddress(AddressKind.NoFixedAbode, null, Today, Today, Context());

        moved.Address.ShouldBeNull();
        Field(SingleChange(child), "Address").After.ShouldBe("No fixed abode");
    }
}
