namespace Hearth.Returns.CinCensus;

/// <summary>One <c>Child</c> in the census: who they are, their characteristics and each episode of need.</summary>
public sealed record CinChild
{
    public CinChildIdentifiers Identifiers { get; init; } = new();

    public CinChildCharacteristics Characteristics { get; init; } = new();

    /// <summary>The child's <c>CINdetails</c>: one per referral (episode of need) in or open during the census year.</summary>
    public IReadOnlyList<CinDetails> CinDetails { get; init; } = [];

    /// <summary>The <c>LAchildID</c>, or an empty string when the file gives none.</summary>
    public string LAChildId => Identifiers.LAChildId ?? string.Empty;
}

/// <summary>The child's <c>ChildIdentifiers</c>.</summary>
public sealed record CinChildIdentifiers
{
    /// <summary><c>LAchildID</c>: the local authority's own identifier for the child.</summary>
    public string? LAChildId { get; init; }

    /// <summary><c>UPN</c>: the unique pupil number.</summary>
    public string? Upn { get; init; }

    /// <summary><c>FormerUPN</c>: a previous unique pupil number.</summary>
    public string? FormerUpn { get; init; }

    /// <summary><c>UPNunknown</c>: why there is no UPN (UN1 to UN7).</summary>
    public string? UpnUnknown { get; init; }

    public DateOnly? PersonBirthDate { get; init; }

    /// <summary><c>ExpectedPersonBirthDate</c>: for an unborn child.</summary>
    public DateOnly? ExpectedPersonBirthDate { get; init; }

    /// <summary><c>Sex</c>: M, F or U.</summary>
    public string? Sex { get; init; }

    public DateOnly? PersonDeathDate { get; init; }
}

/// <summary>The child's <c>ChildCharacteristics</c>: ethnicity and disabilities.</summary>
public sealed record CinChildCharacteristics
{
    /// <summary><c>Ethnicity</c>: a four-letter code such as WBRI.</summary>
    public string? Ethnicity { get; init; }

    /// <summary>Each <c>Disability</c> code, in file order; empty when the file has no <c>Disabilities</c>.</summary>
    public IReadOnlyList<string> Disabilities { get; init; } = [];
}
