using Hearth.Domain.Children;

using static Hearth.Domain.Tests.Children.TestChildren;

namespace Hearth.Domain.Tests.Children;

public partial class ChildTests
{
    private static readonly Guid TeamManagerId = Guid.Parse("0196c5b0-0000-7000-8000-0000000000a1");

    private static readonly Guid SocialWorkerId = Guid.Parse("0196c5b0-0000-7000-8000-0000000000a2");

    private static readonly Guid OtherWorkerId = Guid.Parse("0196c5b0-0000-7000-8000-0000000000a3");

    [Fact]
    public void Restrict_NamedPeople_OnlyTheyCanSeeTheRecord()
    {
        var child = Registered();

        child.Restrict("Child of a member of staff", [SocialWorkerId, TeamManagerId], Context());

        child.IsRestricted.ShouldBeTrue();
        child.RestrictionReason.ShouldBe("Child of a member of staff");
        child.IsVisibleTo(TeamManagerId).ShouldBeTrue();
        child.IsVisibleTo(SocialWorkerId).ShouldBeTrue();
        child.IsVisibleTo(OtherWorkerId).ShouldBeFalse();
        var change = SingleChange(child);
        change.Summary.ShouldBe("Record restricted");
        Field(change, "Restricted").ShouldBe(new Audit.FieldChange("Restricted", "No", "Yes"));
    }

    [Fact]
    public void IsVisibleTo_UnrestrictedRecord_IsTrueForAnyone()
    {
        Registered().IsVisibleTo(OtherWorkerId).ShouldBeTrue();
    }

    [Fact]
    public void CanRestrict_NoReason_IsRefused()
    {
        Child.CanRestrict(" ", [TeamManagerId]).Message.ShouldBe("Give a reason for restricting the record");
    }

    [Fact]
    public void CanRestrict_NobodyNamed_IsRefused()
    {
        Child.CanRestrict("High-profile case", []).Message.ShouldBe("Name at least one person who may still see the record");
        Child.CanRestrict("High-profile case", [Guid.Empty]).IsAllowed.ShouldBeFalse();
        Child.CanRestrict("High-profile case", [TeamManagerId]).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void Restrict_AlreadyRestrictedWithAnotherPerson_RecordsTheChangeOfPeopleOnly()
    {
        var child = Registered();
        child.Restrict("Child of a member of staff", [TeamManagerId], Context());
        child.TakePendingChanges();

        child.Restrict("Child of a member of staff", [TeamManagerId, SocialWorkerId], Context());

        var change = SingleChange(child);
        change.Summary.ShouldBe("Record restriction changed");
        change.Fields.ShouldHaveSingleItem().Field.ShouldBe("People who may see the record");
        child.IsVisibleTo(SocialWorkerId).ShouldBeTrue();
    }

    [Fact]
    public void LiftRestriction_WithReason_OpensTheRecordAgain()
    {
        var child = Registered();
        child.Restrict("Child of a member of staff", [TeamManagerId], Context());
        child.TakePendingChanges();

        child.LiftRestriction(Context("Staff member has left"));

        child.IsRestricted.ShouldBeFalse();
        child.RestrictedRecordViewerIds.ShouldBeEmpty();
        child.IsVisibleTo(OtherWorkerId).ShouldBeTrue();
        var change = SingleChange(child);
        change.Reason.ShouldBe("Staff member has left");
        Field(change, "Reason for restriction").ShouldBe(new Audit.FieldChange("Reason for restriction", "Child of a member of staff", null));
    }

    [Fact]
    public void CanLiftRestriction_NotRestricted_IsRefused()
    {
        Registered().CanLiftRestriction("Done").Message.ShouldBe("The record is not restricted");
    }

    [Fact]
    public void CanLiftRestriction_NoReason_IsRefused()
    {
        var child = Registered();
        child.Restrict("High-profile case", [TeamManagerId], Context());

        child.CanLiftRestriction(null).Message.ShouldBe("Give a reason for lifting the restriction");
    }
}
