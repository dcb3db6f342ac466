using Hearth.Domain.Children;

namespace Hearth.Domain.Tests.Children;

public class NameMatchingTests
{
    [Theory]
    [InlineData("Zoë", "zoe")]
    [InlineData("  O'Brien-Núñez ", "obriennunez")]
    [InlineData("ŁUKASZ", "lukasz")]
    [InlineData("Søren", "soren")]
    [InlineData("Strauß", "strauss")]
    [InlineData(null, "")]
    public void Normalise_Name_IgnoresCaseAccentsAndPunctuation(string? name, string expected)
    {
        NameMatching.Normalise(name).ShouldBe(expected);
    }

    [Theory]
    [InlineData("smith", "smith", 0)]
    [InlineData("smith", "smyth", 1)]
    [InlineData("smith", "smiht", 1)]
    [InlineData("smith", "smit", 1)]
    [InlineData("mohammed", "muhammad", 2)]
    [InlineData("ca", "abc", 3)]
    [InlineData("", "abc", 3)]
    public void Distance_Pairs_CountsEditsWithAdjacentSwapAsOne(string a, string b, int expected)
    {
        NameMatching.Distance(a, b).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Smith", "SMITH")]
    [InlineData("Zoë", "Zoe")]
    [InlineData("Smith", "Smyth")]
    [InlineData("Ann", "Anna")]
    [InlineData("Jon", "Jan")]
    [InlineData("Mohammed", "Muhammad")]
    [InlineData("Kowalski", "Kowalsky")]
    [InlineData("Jonathan", "Johnatan")]
    [InlineData("O'Neill", "ONeil")]
    public void IsSimilar_SmallMisspellings_AreSimilar(string a, string b)
    {
        NameMatching.IsSimilar(a, b).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Smith", "Smythe")]
    [InlineData("Tom", "Sam")]
    [InlineData("Ann", "Anne-Marie")]
    [InlineData("Khan", "Kaur")]
    [InlineData("Jennifer", "Jenny")]
    [InlineData("", "")]
    public void IsSimilar_DifferentNames_AreNotSimilar(string a, string b)
    {
        NameMatching.IsSimilar(a, b).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Smith-Jones", "Jones", true)]
    [InlineData("Smith Jones", "Smyth", true)]
    [InlineData("Smith-Jones", "Brown", false)]
    public void IsSimilarFamilyName_DoubleBarrelled_MatchesEitherPart(string a, string b, bool expected)
    {
        NameMatching.IsSimilarFamilyName(a, b).ShouldBe(expected);
    }

    [Fact]
    public void IsSimilarGivenName_PreferredNameMatchesFirstGivenName_IsSimilar()
    {
        var registered = PersonName.Create("Robert James", "Jones", "Bobby");

        NameMatching.IsSimilarGivenName(PersonName.Create("Bobby", "Jones"), registered).ShouldBeTrue();
        NameMatching.IsSimilarGivenName(PersonName.Create("Robrt", "Jones"), registered).ShouldBeTrue();
        NameMatching.IsSimilarGivenName(PersonName.Create("James", "Jones"), registered).ShouldBeFalse();
    }

    [Theory]
    [InlineData("amira khan", true)]
    [InlineData("amria", true)]
    [InlineData("KHAN", true)]
    [InlineData("mira", true)]
    [InlineData("amira smith", false)]
    [InlineData("", false)]
    public void MatchesSearch_EveryWordNeedsASimilarNamePart(string term, bool expected)
    {
        PersonName[] names = [PersonName.Create("Amira", "Khan", "Mira")];

        NameMatching.MatchesSearch(term, names).ShouldBe(expected);
    }

    [Fact]
    public void MatchesSearch_FormerName_IsFoundThroughTheNamesGiven()
    {
        PersonName[] names = [PersonName.Create("Amira", "Ahmed"), PersonName.Create("Amira", "Khan")];

        NameMatching.MatchesSearch("amira kahn", names).ShouldBeTrue();
    }
}
