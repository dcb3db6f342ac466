using Hearth.Domain.Children;

namespace Hearth.Domain.Tests.Children;

public class PostcodeTests
{
    [Theory]
    [InlineData("BS23 1AA", "BS23 1AA")]
    [InlineData("bs231aa", "BS23 1AA")]
    [InlineData("  bs23   1aa ", "BS23 1AA")]
    [InlineData("M1 1AE", "M1 1AE")]
    [InlineData("m11ae", "M1 1AE")]
    [InlineData("B33 8TH", "B33 8TH")]
    [InlineData("CR2 6XH", "CR2 6XH")]
    [InlineData("DN55 1PT", "DN55 1PT")]
    [InlineData("W1A 0AX", "W1A 0AX")]
    [InlineData("EC1A 1BB", "EC1A 1BB")]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData("GIR 0AA", "GIR 0AA")]
    [InlineData("gir0aa", "GIR 0AA")]
    public void TryCreate_ValidPostcode_NormalisesToUpperCaseWithOneSpace(string input, string expected)
    {
        var created = Postcode.TryCreate(input, out var postcode, out var error);

        created.ShouldBeTrue(error);
        postcode!.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("BS23")]
    [InlineData("Q1 1AA")]
    [InlineData("BS23 1AC")]
    [InlineData("BS23 1AI")]
    [InlineData("VX1 1AA")]
    [InlineData("BFPO 123")]
    [InlineData("AB1 1AAA")]
    [InlineData("12345")]
    [InlineData("BS23 AAA")]
    [InlineData("W1I 0AX")]
    public void TryCreate_NotAPostcode_RefusesWithExample(string input)
    {
        var created = Postcode.TryCreate(input, out var postcode, out var error);

        created.ShouldBeFalse();
        postcode.ShouldBeNull();
        error.ShouldBe("Enter a real postcode, like BS23 1AA");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void TryCreate_Blank_AsksForAPostcode(string? input)
    {
        Postcode.TryCreate(input, out _, out var error).ShouldBeFalse();
        error.ShouldBe("Enter a postcode");
    }

    [Fact]
    public void OutwardCode_FullPostcode_IsTheDistrict()
    {
        Postcode.Create("BS23 1AA").OutwardCode.ShouldBe("BS23");
        Postcode.Create("M1 1AE").OutwardCode.ShouldBe("M1");
    }

    [Theory]
    [InlineData("BS23", "BS23 ", "BS23")]
    [InlineData("bs23", "BS23 ", "BS23")]
    [InlineData("BS23 1", "BS23 1", "BS23 1")]
    [InlineData(" bs23   1 ", "BS23 1", "BS23 1")]
    [InlineData("BS23 1A", "BS23 1A", "BS23 1A")]
    [InlineData("M1", "M1 ", "M1")]
    [InlineData("EC1A 1", "EC1A 1", "EC1A 1")]
    public void TryParsePartial_DistrictOrSector_GivesThePrefixToSearchOn(string term, string prefix, string display)
    {
        var recognised = Postcode.TryParsePartial(term, out var partial);

        recognised.ShouldBeTrue();
        partial!.Prefix.ShouldBe(prefix);
        partial.ToString().ShouldBe(display);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Smith")]
    [InlineData("BS23 1AA")]
    [InlineData("1234")]
    [InlineData("BS23 1 A")]
    [InlineData("BS23 A")]
    public void TryParsePartial_NotTheStartOfAPostcode_IsNotRecognised(string? term)
    {
        Postcode.TryParsePartial(term, out var partial).ShouldBeFalse();
        partial.ShouldBeNull();
    }

    [Fact]
    public void Prefix_DistrictSearch_DoesNotMatchALongerDistrict()
    {
        Postcode.TryParsePartial("BS2", out var partial).ShouldBeTrue();

        "BS23 1AA".StartsWith(partial!.Prefix, StringComparison.Ordinal).ShouldBeFalse();
        "BS2 0AA".StartsWith(partial.Prefix, StringComparison.Ordinal).ShouldBeTrue();
    }
}
