using Hearth.Domain.Children;

using static Hearth.Domain.Tests.Children.TestChildren;

namespace Hearth.Domain.Tests.Children;

public class PossibleDuplicatesTests
{
    private static readonly DateOnly Born = new(2018, 3, 2);

    private static readonly NhsNumber Nhs = NhsNumber.Create("9434765919");

    [Fact]
    public void Find_SameNhsNumber_IsAPossibleDuplicateWhateverTheName()
    {
        var known = Known("Jack", "Brown", new DateOnly(2015, 1, 1), Nhs);

        var found = PossibleDuplicates.Find(new DuplicateCandidate(PersonName.Create("Amira", "Khan"), Born, Nhs), [known]);

        var duplicate = found.ShouldHaveSingleItem();
        duplicate.ChildId.ShouldBe(known.ChildId);
        duplicate.Reasons.ShouldBe(["Same NHS number"]);
    }

    [Fact]
    public void Find_SameDateOfBirthAndMisspeltFamilyName_IsAPossibleDuplicate()
    {
        var known = Known("Amira", "Khan", Born, null);

        var found = PossibleDuplicates.Find(new DuplicateCandidate(PersonName.Create("Emira", "Kahn"), Born, null), [known]);

        found.ShouldHaveSingleItem().Reasons.ShouldBe(["Same date of birth and similar name"]);
    }

    [Fact]
    public void Find_SameDateOfBirthAndSimilarGivenNameButNewFamilyName_IsAPossibleDuplicate()
    {
        var known = Known("Amira", "Khan", Born, null);

        var found = PossibleDuplicates.Find(new DuplicateCandidate(PersonName.Create("Amirah", "Ahmed"), Born, null), [known]);

        found.ShouldHaveSingleItem();
    }

    [Fact]
    public void Find_SameDateOfBirthAndDifferentName_IsNotADuplicate()
    {
        var known = Known("Amira", "Khan", Born, null);

        PossibleDuplicates.Find(new DuplicateCandidate(PersonName.Create("Jack", "Brown"), Born, null), [known]).ShouldBeEmpty();
    }

    [Fact]
    public void Find_SameNameAndDifferentDateOfBirth_IsNotADuplicate()
    {
        var known = Known("Amira", "Khan", Born, null);

        PossibleDuplicates.Find(new DuplicateCandidate(PersonName.Create("Amira", "Khan"), Born.AddDays(1), null), [known]).ShouldBeEmpty();
    }

    [Fact]
    public void Find_DifferentNhsNumbers_AreNotADuplicateOnThatGround()
    {
        var known = Known("Jack", "Brown", Born, Nhs);

        PossibleDuplicates.Find(new DuplicateCandidate(PersonName.Create("Amira", "Khan"), Born, NhsNumber.Create("4000000020")), [known]).ShouldBeEmpty();
    }

    [Fact]
    public void Find_MatchOnAFormerNameOrAlias_IsAPossibleDuplicate()
    {
        var child = Registered();
        child.ChangeName(PersonName.Create("Amira", "Ahmed"), new DateOnly(2025, 1, 1), Today, Context());
        child.AddAlias(PersonName.Create("Mira", "Jones"), Context());

        var byFormer = PossibleDuplicates.Find(new DuplicateCandidate(PersonName.Create("Layla", "Khan"), Born, null), [KnownChild.From(child)]);
        var byAlias = PossibleDuplicates.Find(new DuplicateCandidate(PersonName.Create("Layla", "Jones"), Born, null), [KnownChild.From(child)]);

        byFormer.ShouldHaveSingleItem().ChildId.ShouldBe(child.Id);
        byAlias.ShouldHaveSingleItem().ChildId.ShouldBe(child.Id);
    }

    [Fact]
    public void Find_AccentsAndCaseDiffer_IsAPossibleDuplicate()
    {
        var known = Known("Zoë", "Müller", Born, null);

        PossibleDuplicates.Find(new DuplicateCandidate(PersonName.Create("ZOE", "MULLER"), Born, null), [known]).ShouldHaveSingleItem();
    }

    [Fact]
    public void Find_BothReasons_GivesBothAndPutsNhsMatchesFirst()
    {
        var byName = Known("Amira", "Khan", Born, null);
        var byBoth = Known("Amira", "Khan", Born, Nhs);

        var found = PossibleDuplicates.Find(new DuplicateCandidate(PersonName.Create("Amira", "Khan"), Born, Nhs), [byName, byBoth]);

        found.Select(d => d.ChildId).ShouldBe([byBoth.ChildId, byName.ChildId]);
        found[0].Reasons.ShouldBe(["Same NHS number", "Same date of birth and similar name"]);
    }

    [Fact]
    public void Find_UnbornWithSameExpectedDateAndFamilyName_IsAPossibleDuplicate()
    {
        var due = new DateOnly(2026, 9, 1);
        var unborn = Registered(UnbornDetails(due));

        var found = PossibleDuplicates.Find(new DuplicateCandidate(PersonName.Create("Baby", "Khan"), due, null), [KnownChild.From(unborn)]);

        found.ShouldHaveSingleItem();
    }

    private static KnownChild Known(string given, string family, DateOnly? born, NhsNumber? nhs) =>
        new(Guid.CreateVersion7(Now), [PersonName.Create(given, family)], born, nhs);
}
