namespace Hearth.Domain.Children;

/// <summary>
/// What a duplicate check knows about a child already on the system: every name they have been
/// known by, their date of birth (or expected date of birth) and NHS number.
/// </summary>
public sealed record KnownChild(Guid ChildId, IReadOnlyList<PersonName> Names, DateOnly? DateOfBirth, NhsNumber? NhsNumber)
{
    public static KnownChild From(Child child)
    {
        ArgumentNullException.ThrowIfNull(child);
        PersonName[] names = [child.Name, .. child.FormerNames.Select(f => f.Name), .. child.Aliases.Select(a => a.Name)];
        return new KnownChild(child.Id, names, child.DateOfBirth ?? child.ExpectedDateOfBirth, child.NhsNumber);
    }
}

/// <summary>The child about to be recorded.</summary>
public sealed record DuplicateCandidate(PersonName Name, DateOnly? DateOfBirth, NhsNumber? NhsNumber);

/// <summary>A child already on the system who may be the same child, and why.</summary>
public sealed record PossibleDuplicate(Guid ChildId, IReadOnlyList<string> Reasons);

/// <summary>The duplicate check run before a new child is registered, so one child does not get two records.</summary>
public static class PossibleDuplicates
{
    public const string SameNhsNumber = "Same NHS number";

    public const string SameDateOfBirthAndSimilarName = "Same date of birth and similar name";

    /// <summary>The children that may be the candidate, strongest match (same NHS number) first.</summary>
    public static IReadOnlyList<PossibleDuplicate> Find(DuplicateCandidate candidate, IEnumerable<KnownChild> existing)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(existing);
        var found = new List<PossibleDuplicate>();
        foreach (var known in existing)
        {
            var reasons = new List<string>();
            if (candidate.NhsNumber is not null && candidate.NhsNumber == known.NhsNumber)
            {
                reasons.Add(SameNhsNumber);
            }

            if (candidate.DateOfBirth is not null && candidate.DateOfBirth == known.DateOfBirth && known.Names.Any(n => IsSimilarName(candidate.Name, n)))
            {
                reasons.Add(SameDateOfBirthAndSimilarName);
            }

            if (reasons.Count > 0)
            {
                found.Add(new PossibleDuplicate(known.ChildId, reasons));
            }
        }

        return found.OrderBy(d => d.Reasons.Contains(SameNhsNumber) ? 0 : 1).ToList();
    }

    private static bool IsSimilarName(PersonName a, PersonName b) =>
        NameMatching.IsSimilarFamilyName(a.FamilyName, b.FamilyName) || NameMatching.IsSimilarGivenName(a, b);
}
