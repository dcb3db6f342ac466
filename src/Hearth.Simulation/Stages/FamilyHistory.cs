using Hearth.Domain.Audit;
using Hearth.Domain.Children;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Recording;
using Hearth.Domain.Referrals;
using Hearth.Domain.Workforce;
using Hearth.Simulation.Journeys;

namespace Hearth.Simulation.Stages;

/// <summary>One family's records as the stages make them, ready to save together.</summary>
internal sealed class FamilyHistory(PlannedFamily plan, Dice dice)
{
    public PlannedFamily Plan { get; } = plan;

    public Dice Dice { get; } = dice;

    /// <summary>Each planned child's record, by the child's index in the family; children never contacted have none.</summary>
    public Dictionary<int, Child> Children { get; } = [];

    /// <summary>The contact recorded for each planned contact (a chained second contact is kept in <see cref="ChainedContacts"/>).</summary>
    public Dictionary<PlannedContact, Contact> Contacts { get; } = [];

    public List<Contact> ChainedContacts { get; } = [];

    /// <summary>Each child's episodes, and which planned referral opened each.</summary>
    public List<(int Child, PlannedReferral Referral, ChildInNeedEpisode Episode)> Episodes { get; } = [];

    public Dictionary<int, CaseAllocations> Allocations { get; } = [];

    public List<Visit> Visits { get; } = [];

    public List<ManagementOversight> Oversights { get; } = [];

    /// <summary>Records later stages add (assessments, plans, conferences...), saved with the rest.</summary>
    public List<object> Other { get; } = [];

    public IEnumerable<object> Records() =>
        Children.Values.Cast<object>()
            .Concat(Contacts.Values.OrderBy(c => c.ReceivedAt))
            .Concat(ChainedContacts)
            .Concat(Episodes.Select(e => e.Episode))
            .Concat(Allocations.Values.SelectMany(a => a.History))
            .Concat(Visits)
            .Concat(Oversights)
            .Concat(Other);

    public static ChangeContext Change(DateTimeOffset at, string? reason = null) => new(SimulationActor.Id, SimulationActor.Name, at, reason);

    public static ChangeContext Change(DateOnly on, string? reason = null) => Change(FamilyPlanner.At(on, 11 * 60), reason);
}

/// <summary>One area of the journey: makes its records for a family through the domain's own methods.</summary>
internal interface IFamilyStage
{
    /// <summary>What the progress display calls it.</summary>
    string Name { get; }

    void Run(FamilyHistory family);
}

/// <summary>One area of the journey that follows a referral: makes its records for one referral of a family, in the order the referrals came.</summary>
internal interface IReferralStage
{
    string Name { get; }

    void Run(FamilyHistory family, PlannedContact contact);
}

/// <summary>
/// Takes each referral of a family through the referral stages in turn before the next referral starts, so an
/// episode is closed before the child's next referral opens another.
/// </summary>
internal sealed class JourneyStage(IReadOnlyList<IReferralStage> stages) : IFamilyStage
{
    public string Name => string.Join(", ", stages.Select(s => s.Name));

    public void Run(FamilyHistory family)
    {
        foreach (var contact in family.Plan.Contacts.Where(c => c.Referral is not null))
        {
            foreach (var stage in stages)
            {
                stage.Run(family, contact);
            }
        }
    }
}
