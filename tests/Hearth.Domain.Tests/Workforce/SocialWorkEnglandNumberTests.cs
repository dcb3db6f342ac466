using Hearth.Domain.Workforce;

namespace Hearth.Domain.Tests.Workforce;

public class SocialWorkEnglandNumberTests
{
    [Theory]
    [InlineData("SW123456", "SW123456")]
    [InlineData("sw123456", "SW123456")]
    [InlineData(" SW 123 456 ", "SW123456")]
    [InlineData("SW1", "SW1")]
    [InlineData("SW12345678", "SW12345678")]
    public void TryCreate_WellFormedNumber_NormalisesToUpperCaseWithoutSpaces(string input, string expected)
    {
        bool created = SocialWorkEnglandNumber.TryCreate(input, out SocialWorkEnglandNumber? number, out string? error);

        created.ShouldBeTrue();
        error.ShouldBeNull();
        number!.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryCreate_Missing_AsksForTheNumber(string? input)
    {
        bool created = SocialWorkEnglandNumber.TryCreate(input, out SocialWorkEnglandNumber? number, out string? error);

        created.ShouldBeFalse();
        number.ShouldBeNull();
        error.ShouldBe("Enter a Social Work England registration number");
    }

    [Theory]
    [InlineData("123456")]
    [InlineData("SW")]
    [InlineData("SWABCDEF")]
    [InlineData("SW12A456")]
    [InlineData("SW-123456")]
    [InlineData("XY123456")]
    [InlineData("S123456")]
    [InlineData("SW123456789")]
    [InlineData("SW１２３")]
    public void TryCreate_WrongFormat_ExplainsTheFormat(string input)
    {
        bool created = SocialWorkEnglandNumber.TryCreate(input, out SocialWorkEnglandNumber? number, out string? error);

        created.ShouldBeFalse();
        number.ShouldBeNull();
        error.ShouldBe("Enter a Social Work England registration number in the correct format: SW followed by numbers, like SW123456");
    }

    [Fact]
    public void Create_WrongFormat_ThrowsWithTheMessage()
    {
        ArgumentException thrown = Should.Throw<ArgumentException>(() => SocialWorkEnglandNumber.Create("123456"));

        thrown.Message.ShouldStartWith("Enter a Social Work England registration number in the correct format");
    }

    [Fact]
    public void Equality_SameNumberTypedDifferently_IsEqual()
    {
        SocialWorkEnglandNumber.Create("sw 123456").ShouldBe(SocialWorkEnglandNumber.Create("SW123456"));
    }
}
