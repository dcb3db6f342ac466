using Hearth.Domain.Children;

namespace Hearth.Domain.Tests.Children;

public class PersonNameTests
{
    [Fact]
    public void TryCreate_NamesWithExtraSpaces_TidiesThem()
    {
        PersonName.TryCreate("  Amira   Zoë ", " O'Brien-Khan ", "  ", out var name, out var error).ShouldBeTrue(error);

        name!.GivenNames.ShouldBe("Amira Zoë");
        name.FamilyName.ShouldBe("O'Brien-Khan");
        name.PreferredName.ShouldBeNull();
        name.FullName.ShouldBe("Amira Zoë O'Brien-Khan");
    }

    [Fact]
    public void ToString_WithPreferredName_SaysKnownAs()
    {
        PersonName.Create("Robert", "Jones", "Bobby").ToString().ShouldBe("Robert Jones (known as Bobby)");
    }

    [Theory]
    [InlineData("", "Khan", "Enter the given names")]
    [InlineData("Amira", " ", "Enter the family name")]
    [InlineData("Amira2", "Khan", "Given names must only include letters a to z, hyphens, spaces and apostrophes")]
    [InlineData("Amira", "Khan!", "Family name must only include letters a to z, hyphens, spaces and apostrophes")]
    public void TryCreate_BadInput_RefusesWithMessage(string given, string family, string message)
    {
        PersonName.TryCreate(given, family, null, out var name, out var error).ShouldBeFalse();

        name.ShouldBeNull();
        error.ShouldBe(message);
    }

    [Fact]
    public void TryCreate_FamilyNameTooLong_RefusesWithLimit()
    {
        PersonName.TryCreate("Amira", new string('k', 101), null, out _, out var error).ShouldBeFalse();

        error.ShouldBe("Family name must be 100 characters or fewer");
    }
}
