using Hearth.Domain.Children;

namespace Hearth.Domain.Tests.Children;

public class FirstLanguageTests
{
    [Theory]
    [InlineData("English", "English")]
    [InlineData("  Kurdish   (Sorani) ", "Kurdish (Sorani)")]
    [InlineData("British Sign Language", "British Sign Language")]
    [InlineData("Português", "Português")]
    public void TryCreate_LanguageName_KeepsItWithSpacesTidied(string input, string expected)
    {
        FirstLanguage.TryCreate(input, out var language, out var error).ShouldBeTrue(error);

        language!.Name.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null, "Enter the child's first language")]
    [InlineData(" ", "Enter the child's first language")]
    [InlineData("123", "The first language must only include letters, spaces, hyphens, apostrophes, commas and brackets")]
    [InlineData("English; Welsh", "The first language must only include letters, spaces, hyphens, apostrophes, commas and brackets")]
    public void TryCreate_BadInput_RefusesWithMessage(string? input, string message)
    {
        FirstLanguage.TryCreate(input, out var language, out var error).ShouldBeFalse();

        language.ShouldBeNull();
        error.ShouldBe(message);
    }

    [Fact]
    public void TryCreate_TooLong_RefusesWithLimit()
    {
        FirstLanguage.TryCreate(new string('a', 101), out _, out var error).ShouldBeFalse();

        error.ShouldBe("The first language must be 100 characters or fewer");
    }
}
