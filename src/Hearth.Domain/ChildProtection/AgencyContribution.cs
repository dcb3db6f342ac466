using System.Diagnostics.CodeAnalysis;

namespace Hearth.Domain.ChildProtection;

/// <summary>
/// What one agency brought to a strategy discussion, and whether it agreed with the decision reached. An agency that
/// dissents says why, so the disagreement is on the record for escalation (Working Together to Safeguard Children 2023).
/// </summary>
public sealed class AgencyContribution
{
    public const int MaxContributionLength = 8000;
    public const int MaxDissentLength = 4000;

    private AgencyContribution(Agency agency, string contribution, bool agreesWithDecision, string? dissentReason)
    {
        Agency = agency;
        Contribution = contribution;
        AgreesWithDecision = agreesWithDecision;
        DissentReason = dissentReason;
    }

    private AgencyContribution()
    {
        Agency = Agency.LocalAuthority;
        Contribution = string.Empty;
    }

    public Agency Agency { get; private set; }

    /// <summary>The information and view the agency shared.</summary>
    public string Contribution { get; private set; }

    public bool AgreesWithDecision { get; private set; }

    /// <summary>Why the agency disagreed with the decision; null when it agreed.</summary>
    public string? DissentReason { get; private set; }

    public static bool TryCreate(
        Agency agency,
        string? contribution,
        bool? agreesWithDecision,
        string? dissentReason,
        [NotNullWhen(true)] out AgencyContribution? created,
        [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(agency);
        created = null;
        var text = contribution?.Trim();
        var reason = dissentReason?.Trim();
        error = string.IsNullOrEmpty(text) ? $"Enter what {Of(agency)} contributed"
            : text.Length > MaxContributionLength ? $"Enter what {Of(agency)} contributed in {MaxContributionLength:N0} characters or fewer"
            : agreesWithDecision is null ? $"Select whether {Of(agency)} agreed with the decision"
            : agreesWithDecision == false && string.IsNullOrEmpty(reason) ? $"Enter why {Of(agency)} disagreed with the decision"
            : agreesWithDecision == false && reason!.Length > MaxDissentLength ? $"Enter why {Of(agency)} disagreed in {MaxDissentLength:N0} characters or fewer"
            : null;
        if (error is not null)
        {
            return false;
        }

        created = new AgencyContribution(agency, text!, agreesWithDecision!.Value, agreesWithDecision.Value ? null : reason);
        return true;
    }

    public static AgencyContribution Create(Agency agency, string contribution, bool agreesWithDecision = true, string? dissentReason = null) =>
        TryCreate(agency, contribution, agreesWithDecision, dissentReason, out var created, out var error) ? created : throw new ArgumentException(error);

    /// <summary>The agency as a sentence names it: "the police", "health", "Avon Probation".</summary>
    public static string Of(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        return agency.Kind switch
        {
            AgencyKind.LocalAuthority => "children's social care",
            AgencyKind.Police => "the police",
            AgencyKind.Health => "health",
            AgencyKind.Education => "education",
            _ => agency.DisplayName,
        };
    }
}
