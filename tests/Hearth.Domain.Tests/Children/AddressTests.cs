using Hearth.Domain.Children;

namespace Hearth.Domain.Tests.Children;

public class AddressTests
{
    [Fact]
    public void TryCreate_FullAddress_NormalisesThePostcode()
    {
        Address.TryCreate(" 1  High Street ", null, null, "Weston-super-Mare", "bs231aa", out var address, out var error).ShouldBeTrue(error);

        address!.Line1.ShouldBe("1 High Street");
        address.Postcode!.Value.ShouldBe("BS23 1AA");
        address.ToString().ShouldBe("1 High Street, Weston-super-Mare, BS23 1AA");
    }

    [Fact]
    public void TryCreate_NoPostcode_IsAllowed()
    {
        Address.TryCreate("Flat 2", "3 Rue de la Paix", null, "Paris", null, out var address, out _).ShouldBeTrue();

        address!.Postcode.ShouldBeNull();
    }

    [Theory]
    [InlineData(null, "Bristol", "BS1 4DJ", "Enter address line 1, typically the building and street")]
    [InlineData("1 High Street", "", "BS1 4DJ", "Enter town or city")]
    [InlineData("1 High Street", "Bristol", "BS1", "Enter a real postcode, like BS23 1AA")]
    public void TryCreate_BadInput_RefusesWithMessage(string? line1, string town, string postcode, string message)
    {
        Address.TryCreate(line1, null, null, town, postcode, out var address, out var error).ShouldBeFalse();

        address.ShouldBeNull();
        error.ShouldBe(message);
    }
}
