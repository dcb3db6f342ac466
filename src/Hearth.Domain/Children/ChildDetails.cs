namespace Hearth.Domain.Children;

/// <summary>
/// The details a practitioner enters or corrects about a child in one go, when registering the
/// child or in "Change the child's details". Unborn children have an expected date of birth and
/// no date of birth.
/// </summary>
public sealed record ChildDetails
{
    public required PersonName Name { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public DateOnly? ExpectedDateOfBirth { get; init; }

    public required Sex Sex { get; init; }

    /// <summary>How the child describes their gender, in their words, when they want it recorded.</summary>
    public string? GenderIdentity { get; init; }

    public Ethnicity Ethnicity { get; init; } = Ethnicity.InformationNotYetObtained;

    public FirstLanguage? FirstLanguage { get; init; }

    public Religion? Religion { get; init; }

    public IReadOnlyList<Disability> Disabilities { get; init; } = [];

    public ImmigrationStatus? ImmigrationStatus { get; init; }

    /// <summary>Unaccompanied asylum-seeking child (UASC).</summary>
    public bool IsUnaccompaniedAsylumSeekingChild { get; init; }

    public NhsNumber? NhsNumber { get; init; }

    public UniquePupilNumber? Upn { get; init; }
}
