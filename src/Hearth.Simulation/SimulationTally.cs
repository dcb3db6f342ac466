using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hearth.Domain.Calendar;
using Hearth.Domain.Workforce;
using Hearth.Simulation.Stages;

namespace Hearth.Simulation;

/// <summary>
/// What a simulation made, counted the way the DfE statistics count it (per child), so a run can be checked against
/// the rates it was calibrated to; and a digest of its content, which is the same for the same settings.
/// </summary>
public sealed class SimulationTally
{
    public int Teams { get; set; }

    public int Workers { get; set; }

    public int Families { get; set; }

    public int Children { get; set; }

    /// <summary>Children first registered before birth, with an expected date of birth.</summary>
    public int UnbornChildren { get; set; }

    /// <summary>Births recorded for children first registered unborn.</summary>
    public int BirthsRecorded { get; set; }

    public int PreBirthConferences { get; set; }

    public int Contacts { get; set; }

    public int ChainedContacts { get; set; }

    public int ContactsReopened { get; set; }

    public int ContactsDecidedLate { get; set; }

    public int ContactsAwaitingDecision { get; set; }

    /// <summary>Contacts counted per child they concern, the way referrals are counted.</summary>
    public int ChildContacts { get; set; }

    public int Referrals { get; set; }

    public int ReReferrals { get; set; }

    /// <summary>Referrals from the second year on, when a child's earlier 12 months are inside the history.</summary>
    public int ReferralsAfterFirstYear { get; set; }

    public int ReReferralsAfterFirstYear { get; set; }

    public int ReferralsEndedWithNoFurtherAction { get; set; }

    public int AssessmentsCompleted { get; set; }

    public int AssessmentsLate { get; set; }

    public int StrategyDiscussions { get; set; }

    public int Section47Enquiries { get; set; }

    public int Conferences { get; set; }

    public int ConferencesLate { get; set; }

    public int ChildProtectionPlans { get; set; }

    public int ChildProtectionPlansEnded { get; set; }

    public int ChildProtectionPlansOfTwoYearsOrMore { get; set; }

    public Dictionary<string, int> ChildProtectionPlansByCategory { get; } = new(StringComparer.Ordinal);

    public int ChildInNeedPlans { get; set; }

    public int EpisodesClosed { get; set; }

    public int Allocations { get; set; }

    public int Visits { get; set; }

    public int VisitsChildNotSeen { get; set; }

    public int ManagementOversights { get; set; }

    /// <summary>Oversight actions done after their date, or still not done past it.</summary>
    public int OversightActionsLate { get; set; }

    /// <summary>Every record made, owned records (addresses, people) and change records aside.</summary>
    public int Records { get; set; }

    public ContentDigest Digest { get; } = new();

    public double ReReferralRate => ReferralsAfterFirstYear == 0 ? 0 : ReReferralsAfterFirstYear / (double)ReferralsAfterFirstYear;

    public void Add(SimulationTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var property in typeof(SimulationTally).GetProperties().Where(p => p.PropertyType == typeof(int) && p.CanWrite))
        {
            property.SetValue(this, (int)property.GetValue(this)! + (int)property.GetValue(other)!);
        }

        foreach (var (category, count) in other.ChildProtectionPlansByCategory)
        {
            ChildProtectionPlansByCategory[category] = ChildProtectionPlansByCategory.GetValueOrDefault(category) + count;
        }

        Digest.Add(other.Digest);
    }

    internal static SimulationTally Of(IReadOnlyList<FamilyHistory> histories, SimulationSettings settings)
    {
        var tally = new SimulationTally { Families = histories.Count };
        var firstYearEnds = settings.Start.AddYears(1);
        var timescales = Timescales.Standard;
        foreach (var family in histories)
        {
            var laIds = family.Children.Values.ToDictionary(c => c.Id, c => c.LaChildId.Value);
            tally.Children += family.Children.Count;
            foreach (var child in family.Children.Values)
            {
                tally.UnbornChildren += child.ExpectedDateOfBirth is not null ? 1 : 0;
                tally.BirthsRecorded += child.ExpectedDateOfBirth is not null && child.DateOfBirth is not null ? 1 : 0;
                tally.Digest.Add($"C|{child.LaChildId.Value}|{child.Name.FullName}|{child.DateOfBirth}|{child.ExpectedDateOfBirth}|{child.Sex.Code}|{child.Ethnicity.Code}|{child.NhsNumber?.Value}|{child.Upn?.Value}");
            }

            foreach (var contact in family.Contacts.Values.Concat(family.ChainedContacts))
            {
                tally.Contacts++;
                tally.ChildContacts += contact.Children.Count;
                tally.ChainedContacts += contact.IsLinked ? 1 : 0;
                tally.ContactsAwaitingDecision += contact.IsUndecided ? 1 : 0;
                tally.ContactsDecidedLate += contact.DecidedAt is not null && contact.DecisionClock(timescales, settings.Now).IsLate ? 1 : 0;
                tally.Digest.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"K|{string.Join(',', contact.Children.Select(c => laIds[c.ChildId]))}|{contact.ReceivedAt:O}|{contact.ChainReceivedAt:O}|{contact.Source.Code}|{contact.Status}|{contact.Outcome}|{contact.DecidedAt:O}"));
            }

            tally.ContactsReopened += family.Plan.Contacts.Count(c => c.ReopenedAt <= settings.Now);
            foreach (var (_, referral, episode) in family.Episodes)
            {
                tally.Referrals++;
                tally.ReReferrals += episode.IsReReferral ? 1 : 0;
                if (episode.ReferralDate >= firstYearEnds)
                {
                    tally.ReferralsAfterFirstYear++;
                    tally.ReReferralsAfterFirstYear += episode.IsReReferral ? 1 : 0;
                }

                tally.ReferralsEndedWithNoFurtherAction += episode.IsReferralNoFurtherAction ? 1 : 0;
                tally.EpisodesClosed += episode.IsOpen ? 0 : 1;
                tally.AssessmentsCompleted += referral.AssessmentCompleted is not null ? 1 : 0;
                tally.AssessmentsLate += referral.AssessmentCompleted is not null && referral.AssessmentLate ? 1 : 0;
                tally.StrategyDiscussions += referral.StrategyDiscussion is not null ? 1 : 0;
                tally.Section47Enquiries += referral.Section47Started is not null ? 1 : 0;
                tally.Conferences += referral.Conference is not null ? 1 : 0;
                tally.ConferencesLate += referral.Conference is not null && referral.ConferenceLate ? 1 : 0;
                tally.ChildInNeedPlans += referral.ChildInNeedPlan is not null ? 1 : 0;
                foreach (var plan in referral.ChildProtectionPlans)
                {
                    tally.ChildProtectionPlans++;
                    tally.ChildProtectionPlansByCategory[plan.Category!] = tally.ChildProtectionPlansByCategory.GetValueOrDefault(plan.Category!) + 1;
                    if (plan.End is { } ended)
                    {
                        tally.ChildProtectionPlansEnded++;
                        tally.ChildProtectionPlansOfTwoYearsOrMore += ended >= plan.Start.AddYears(2) ? 1 : 0;
                    }
                }

                tally.Digest.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"E|{laIds[episode.ChildId]}|{episode.ReferralDate}|{episode.PrimaryNeed.Code}|{episode.IsReReferral}|{episode.ClosureDate}|{episode.ClosureReason?.Code}"));
            }

            foreach (var allocation in family.Allocations.Values.SelectMany(a => a.History))
            {
                tally.Allocations++;
                tally.Digest.Add($"A|{laIds[allocation.ChildId]}|{allocation.StartDate}|{allocation.EndDate}|{allocation.Reason}");
            }

            foreach (var visit in family.Visits)
            {
                tally.Visits++;
                tally.VisitsChildNotSeen += visit.ChildSeen ? 0 : 1;
                tally.Digest.Add($"V|{laIds[visit.ChildId]}|{visit.Kind}|{visit.VisitedOn}|{visit.ChildSeen}|{visit.ChildSeenAlone}");
            }

            foreach (var oversight in family.Oversights)
            {
                tally.ManagementOversights++;
                foreach (var action in oversight.Actions)
                {
                    tally.OversightActionsLate += (action.CompletedOn ?? settings.Today) > action.DueDate ? 1 : 0;
                    tally.Digest.Add($"O|{laIds[oversight.ChildId]}|{oversight.OversightDate}|{oversight.ManagerName}|{action.What}|{action.DueDate}|{action.CompletedOn}");
                }
            }

            foreach (var record in family.Other)
            {
                tally.PreBirthConferences += record is Domain.ChildProtection.ChildProtectionConference { Kind: Domain.ChildProtection.ConferenceKind.PreBirthInitial } ? 1 : 0;
            }

            tally.Records += family.Records().Count();
        }

        return tally;
    }
}

/// <summary>A SHA-256 over the content of every record in the order made, leaving out the ids the domain draws at random.</summary>
public sealed class ContentDigest
{
    private readonly StringBuilder _pending = new();
    private byte[] _state = [];

    internal void Add(string line) => _pending.Append(line).Append('\n');

    internal void Add(ContentDigest other)
    {
        Flush();
        _state = SHA256.HashData([.. _state, .. other.Hash()]);
    }

    internal void AddWorkforce(IEnumerable<Team> teams, IEnumerable<Worker> workers)
    {
        foreach (var team in teams)
        {
            Add($"T|{team.Name}|{team.Kind}");
        }

        foreach (var worker in workers)
        {
            Add($"W|{worker.Email.Value}|{worker.Role}|{worker.StartDate}|{worker.LeavingDate}");
        }
    }

    /// <summary>The digest so far, as lowercase hex.</summary>
    public string Value => Convert.ToHexStringLower(Hash());

    private byte[] Hash()
    {
        Flush();
        return _state;
    }

    private void Flush()
    {
        if (_pending.Length > 0)
        {
            _state = SHA256.HashData([.. _state, .. Encoding.UTF8.GetBytes(_pending.ToString())]);
            _pending.Clear();
        }
    }
}
