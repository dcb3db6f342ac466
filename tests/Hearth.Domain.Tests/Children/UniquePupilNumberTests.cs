using Hearth.Domain.Children;

namespace Hearth.Domain.Tests.Children;

public class UniquePupilNumberTests
{
    [Theory]
    [InlineData("B886210000001")]
    [InlineData("Q886210000002")]
    public void TryCreate_UpnsFromTheCleanCinFixture_AreValid(string input)
    {
        var created = UniquePupilNumber.TryCreate(input, out var upn, out var error);

        created.ShouldBeTrue(error);
        upn!.Value.ShouldBe(input);
    }

    [Fact]
    public void TryCreate_UpnWithWrongCheckLetterFromTheDirtyCinFixture_RefusesLikeRule1510()
    {
        var created = UniquePupilNumber.TryCreate("C886210000001", out _, out var error);

        created.ShouldBeFalse();
        error.ShouldBe("The check letter of this unique pupil number (UPN) is wrong: check it has been copied correctly");
    }

    [Fact]
    public void TryCreate_LowerCaseWithSpaces_NormalisesToUpperCaseWithoutSpaces()
    {
        var upn = UniquePupilNumber.Create(" b886 2100 00001 ");

        upn.Value.ShouldBe("B886210000001");
    }

    [Fact]
    public void Parts_ValidUpn_AreTheLaCodeEstablishmentAndYear()
    {
        var upn = UniquePupilNumber.Create("B886210000001");

        upn.LocalAuthorityCode.ShouldBe("886");
        upn.EstablishmentNumber.ShouldBe("2100");
        upn.YearAllocated.ShouldBe("00");
        upn.IsTemporary.ShouldBeFalse();
    }

    [Theory]
    [InlineData("A88621000001A")]
    [InlineData("P88621000001B")]
    public void TryCreate_TemporaryUpnWithLetterLast_UsesTheLetterValueInTheCheck(string input)
    {
        var created = UniquePupilNumber.TryCreate(input, out var upn, out var error);

        created.ShouldBeTrue(error);
        upn!.IsTemporary.ShouldBeTrue();
    }

    [Fact]
    public void TryCreate_TemporaryUpnWithWrongCheckLetter_IsRefused()
    {
        UniquePupilNumber.TryCreate("A88621000001B", out _, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("", "Enter a unique pupil number (UPN)")]
    [InlineData("B88621000000", "A unique pupil number (UPN) must be 13 characters long")]
    [InlineData("B8862100000012", "A unique pupil number (UPN) must be 13 characters long")]
    [InlineData("8886210000001", "A unique pupil number (UPN) must start with a letter")]
    [InlineData("B88621X000001", "Characters 2 to 12 of a unique pupil number (UPN) must be numbers")]
    [InlineData("B88621000000I", "The last character of a unique pupil number (UPN) must be a number or a letter other than I, O or S")]
    [InlineData("B88621000000O", "The last character of a unique pupil number (UPN) must be a number or a letter other than I, O or S")]
    [InlineData("B88621000000S", "The last character of a unique pupil number (UPN) must be a number or a letter other than I, O or S")]
    public void TryCreate_BadInput_RefusesWithMessage(string input, string message)
    {
        var created = UniquePupilNumber.TryCreate(input, out var upn, out var error);

        created.ShouldBeFalse();
        upn.ShouldBeNull();
        error.ShouldBe(message);
    }
}
