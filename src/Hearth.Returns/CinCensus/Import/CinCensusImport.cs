using System.Diagnostics.CodeAnalysis;
using Hearth.Data;
using Hearth.Domain;
using Hearth.Domain.Assessments;
using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildInNeed;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Children;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using Hearth.Domain.Workforce;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Returns.CinCensus.Import;

/// <summary>Who is importing which file, for which collection year, and when.</summary>
public sealed record CinCensusImportRequest(
    CinCollectionYear Year, string FileName, Guid ActorId, string ActorName, DateTimeOffset Now, Timescales Timescales);

/// <summary>
/// Imports a CIN census file (for example from a previous system) into Hearth, creating every record through the
/// domain's own methods so that imported records obey the same rules as ones entered on a page.
/// <para>
/// All or nothing: the whole file is read and checked against the year's schema and Hearth's rules before anything is
/// written, and then everything is saved in one transaction. Re-importing is safe: a child is matched by
/// <c>LAchildID</c> and an episode by the child's referral date; what Hearth already has is left exactly as it is
/// (Hearth's record is the source of truth once a child is in it), so importing the same file twice adds nothing the
/// second time. Within an episode already in Hearth, a section 47 enquiry is matched by its start date, a child
/// protection plan by its start date and a review conference by its plan and date, to say what is already there.
/// </para>
/// <para>
/// Section 47 enquiries and child protection plans are built as the domain builds them, from a reasonable cause
/// decision, a strategy discussion, the enquiry, its initial conference, the plan and its review conferences; the
/// census carries only their dates, so every such record says so in its text and in the reason for its change.
/// </para>
/// </summary>
public static partial class CinCensusImport
{
    /// <summary>The census carries no names: an imported child's given and family names are recorded as this until someone enters them.</summary>
    public const string NameNotKnown = "Not known";

    public static async Task<CinCensusImportResult> RunAsync(
        HearthDbContext db,
        Stream xml,
        CinCensusImportRequest request,
        IProgress<CinCensusImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(request);
        progress?.Report(new CinCensusImportProgress(CinCensusImportStage.Reading, 0, 0));
        var read = CinCensusReader.ReadAll(xml, request.Year);
        var children = read.Message.Children;
        if (read.Problems.Count > 0)
        {
            return Refused(read.Problems.Select(p => new CinCensusImportProblem(p.LAChildId, p.LineNumber, p.Element, p.Message)), children.Count);
        }

        var problems = new List<CinCensusImportProblem>();
        var ids = new Dictionary<string, LocalAuthorityChildId>(StringComparer.Ordinal);
        foreach (var child in children)
        {
            if (!LocalAuthorityChildId.TryCreate(child.LAChildId, out var id, out var error))
            {
                problems.Add(new CinCensusImportProblem(child.LAChildId, null, "LAchildID", error));
            }
            else if (!ids.TryAdd(id.Value, id))
            {
                problems.Add(new CinCensusImportProblem(child.LAChildId, null, "LAchildID", "The file has more than one child with this LAchildID"));
            }
        }

        if (problems.Count > 0)
        {
            return Refused(problems, children.Count);
        }

        var existing = await LoadExistingAsync(db, [.. ids.Values], cancellationToken);
        var import = new Import(request, existing);
        for (var i = 0; i < children.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            import.Add(children[i], ids[children[i].LAChildId], problems);
            progress?.Report(new CinCensusImportProgress(CinCensusImportStage.Checking, i + 1, children.Count));
        }

        if (problems.Count > 0)
        {
            return Refused(problems, children.Count);
        }

        progress?.Report(new CinCensusImportProgress(CinCensusImportStage.Saving, 0, 1));
        db.AddRange(import.NewRecords);
        await db.SaveChangesAsync(cancellationToken);
        progress?.Report(new CinCensusImportProgress(CinCensusImportStage.Saving, 1, 1));
        return new CinCensusImportResult(true, [], import.Summary(children.Count));
    }

    private static CinCensusImportResult Refused(IEnumerable<CinCensusImportProblem> problems, int childrenInFile) =>
        new(false, [.. problems], new CinCensusImportSummary { ChildrenInFile = childrenInFile });

    private static async Task<Existing> LoadExistingAsync(HearthDbContext db, List<LocalAuthorityChildId> ids, CancellationToken cancellationToken)
    {
        var children = new List<Child>();
        foreach (var chunk in ids.Chunk(500))
        {
            children.AddRange(await db.Set<Child>().AsNoTracking().Where(c => chunk.Contains(c.LaChildId)).ToListAsync(cancellationToken));
        }

        var childIds = children.Select(c => c.Id).ToList();
        var episodes = new List<ChildInNeedEpisode>();
        var plans = new List<ChildInNeedPlan>();
        var enquiries = new List<Section47Enquiry>();
        var protectionPlans = new List<ChildProtectionPlan>();
        foreach (var chunk in childIds.Chunk(500))
        {
            episodes.AddRange(await db.Set<ChildInNeedEpisode>().AsNoTracking().Where(e => chunk.Contains(e.ChildId)).ToListAsync(cancellationToken));
            plans.AddRange(await db.Set<ChildInNeedPlan>().AsNoTracking().Where(p => chunk.Contains(p.ChildId)).ToListAsync(cancellationToken));
            enquiries.AddRange(await db.Set<Section47Enquiry>().AsNoTracking().Where(s => chunk.Contains(s.ChildId)).ToListAsync(cancellationToken));
            protectionPlans.AddRange(await db.Set<ChildProtectionPlan>().AsNoTracking()
                .Include(p => p.Conferences)
                .Where(p => chunk.Contains(p.ChildId))
                .ToListAsync(cancellationToken));
        }

        return new Existing(
            children.ToDictionary(c => c.LaChildId.Value, StringComparer.Ordinal),
            episodes.ToLookup(e => e.ChildId),
            plans.ToLookup(p => p.ChildId),
            enquiries.ToLookup(s => s.EpisodeId),
            protectionPlans.ToLookup(p => p.ChildId));
    }

    private sealed record Existing(
        Dictionary<string, Child> Children,
        ILookup<Guid, ChildInNeedEpisode> Episodes,
        ILookup<Guid, ChildInNeedPlan> Plans,
        ILookup<Guid, Section47Enquiry> EnquiriesByEpisode,
        ILookup<Guid, ChildProtectionPlan> ProtectionPlans);

    private sealed partial class Import(CinCensusImportRequest request, Existing existing)
    {
        private readonly DateOnly _today = WorkingCalendar.LocalDate(request.Now);
        private readonly string _reason = $"Imported from the CIN census file {request.FileName} ({request.Year.Label})";
        private long _changes;
        private int _childrenAlreadyInHearth;
        private int _episodesAlreadyInHearth;
        private readonly ChildProtectionCounts _counts = new();

        /// <summary>Everything the file adds, for one save.</summary>
        public IEnumerable<object> NewRecords =>
        [
            .. NewChildren, .. NewEpisodes, .. NewAssessments, .. NewPlans, .. NewReasonableCauseDecisions,
            .. NewStrategyDiscussions, .. NewEnquiries, .. NewInitialConferences, .. NewProtectionPlans,
        ];

        public List<Child> NewChildren { get; } = [];

        public List<ChildInNeedEpisode> NewEpisodes { get; } = [];

        public List<ChildAndFamilyAssessment> NewAssessments { get; } = [];

        public List<ChildInNeedPlan> NewPlans { get; } = [];

        public List<ReasonableCauseDecision> NewReasonableCauseDecisions { get; } = [];

        public List<StrategyDiscussion> NewStrategyDiscussions { get; } = [];

        public List<Section47Enquiry> NewEnquiries { get; } = [];

        public List<ChildProtectionConference> NewInitialConferences { get; } = [];

        public List<ChildProtectionPlan> NewProtectionPlans { get; } = [];

        private CinCensusImportRequest Request => request;

        public CinCensusImportSummary Summary(int childrenInFile) => new()
        {
            ChildrenInFile = childrenInFile,
            ChildrenAdded = NewChildren.Count,
            ChildrenAlreadyInHearth = _childrenAlreadyInHearth,
            EpisodesAdded = NewEpisodes.Count,
            EpisodesAlreadyInHearth = _episodesAlreadyInHearth,
            AssessmentsAdded = NewAssessments.Count,
            ChildInNeedPlansAdded = NewPlans.Count,
            Section47EnquiriesAdded = NewEnquiries.Count,
            Section47EnquiriesAlreadyInHearth = _counts.EnquiriesAlreadyInHearth,
            InitialConferencesAdded = NewInitialConferences.Count,
            ChildProtectionPlansAdded = NewProtectionPlans.Count,
            ChildProtectionPlansAlreadyInHearth = _counts.PlansAlreadyInHearth,
            ReviewConferencesAdded = _counts.ReviewsAdded,
            ReviewConferencesAlreadyInHearth = _counts.ReviewsAlreadyInHearth,
            LeftOutOfEpisodesAlreadyInHearth = _counts.LeftOut,
        };

        public void Add(CinChild census, LocalAuthorityChildId laChildId, List<CinCensusImportProblem> problems)
        {
            var problemsBefore = problems.Count;
            var added = new ChildAdditions();
            var element = "Child";
            try
            {
                Child child;
                IEnumerable<ChildInNeedEpisode> earlierEpisodes;
                IEnumerable<ChildInNeedPlan> earlierPlans;
                IEnumerable<ChildProtectionPlan> earlierProtectionPlans;
                if (existing.Children.TryGetValue(laChildId.Value, out var known))
                {
                    child = known;
                    earlierEpisodes = existing.Episodes[known.Id];
                    earlierPlans = existing.Plans[known.Id];
                    earlierProtectionPlans = existing.ProtectionPlans[known.Id];
                }
                else
                {
                    var registered = Register(census, laChildId, problems, ref element);
                    if (registered is null)
                    {
                        return;
                    }

                    child = registered;
                    added.Child = registered;
                    earlierEpisodes = [];
                    earlierPlans = [];
                    earlierProtectionPlans = [];
                }

                var episodes = earlierEpisodes.ToList();
                var plans = earlierPlans.ToList();
                var protectionPlans = earlierProtectionPlans.ToList();
                foreach (var details in census.CinDetails.OrderBy(d => d.CinReferralDate))
                {
                    element = "CINreferralDate";
                    if (details.CinReferralDate is not { } referralDate)
                    {
                        problems.Add(Problem(census, element, "Enter the referral date"));
                        continue;
                    }

                    if (episodes.FirstOrDefault(e => e.ReferralDate == referralDate && !added.Episodes.Contains(e)) is { } inHearth)
                    {
                        added.EpisodesAlreadyInHearth++;
                        CountChildProtectionInHearth(inHearth, details, protectionPlans, added.Counts);
                        continue;
                    }

                    AddEpisode(census, child, referralDate, details, episodes, plans, protectionPlans, added, problems, ref element);
                }
            }
            catch (DomainRuleException refused)
            {
                problems.Add(Problem(census, element, refused.Message));
            }

            if (problems.Count > problemsBefore)
            {
                return;
            }

            if (added.Child is { } newChild)
            {
                NewChildren.Add(newChild);
            }
            else
            {
                _childrenAlreadyInHearth++;
            }

            _episodesAlreadyInHearth += added.EpisodesAlreadyInHearth;
            NewEpisodes.AddRange(added.Episodes);
            NewAssessments.AddRange(added.Assessments);
            NewPlans.AddRange(added.Plans);
            NewReasonableCauseDecisions.AddRange(added.ReasonableCauseDecisions);
            NewStrategyDiscussions.AddRange(added.StrategyDiscussions);
            NewEnquiries.AddRange(added.Enquiries);
            NewInitialConferences.AddRange(added.InitialConferences);
            NewProtectionPlans.AddRange(added.ProtectionPlans);
            _counts.Add(added.Counts);
        }

        private Child? Register(CinChild census, LocalAuthorityChildId laChildId, List<CinCensusImportProblem> problems, ref string element)
        {
            var identifiers = census.Identifiers;
            var characteristics = census.Characteristics;
            var before = problems.Count;
            element = "Sex";
            var sex = Code<Sex>(census, element, identifiers.Sex, Sex.TryCreate, problems);
            element = "Ethnicity";
            var ethnicity = Code<Ethnicity>(census, element, characteristics.Ethnicity, Ethnicity.TryCreate, problems);
            element = "Disability";
            var disabilities = characteristics.Disabilities.Select(d => Code<Disability>(census, "Disability", d, Disability.TryCreate, problems)).ToList();
            UniquePupilNumber? upn = null;
            if (identifiers.Upn is { Length: > 0 } upnText)
            {
                element = "UPN";
                upn = Code<UniquePupilNumber>(census, element, upnText, UniquePupilNumber.TryCreate, problems);
            }

            UniquePupilNumber? formerUpn = null;
            if (identifiers.FormerUpn is { Length: > 0 } formerText)
            {
                element = "FormerUPN";
                formerUpn = Code<UniquePupilNumber>(census, element, formerText, UniquePupilNumber.TryCreate, problems);
            }

            if (problems.Count > before || sex is null || ethnicity is null)
            {
                return null;
            }

            element = identifiers.PersonBirthDate is null ? "ExpectedPersonBirthDate" : "PersonBirthDate";
            var details = new ChildDetails
            {
                Name = PersonName.Create(NameNotKnown, NameNotKnown),
                DateOfBirth = identifiers.PersonBirthDate,
                ExpectedDateOfBirth = identifiers.ExpectedPersonBirthDate,
                Sex = sex,
                Ethnicity = ethnicity,
                Disabilities = [.. disabilities.OfType<Disability>()],
                Upn = upn,
            };
            var child = Child.Register(
                laChildId, details, _today, Next($"{_reason}. The census carries no names, so the child's names are recorded as '{NameNotKnown}'"));
            if (formerUpn is not null)
            {
                element = "FormerUPN";
                child.AddFormerUpn(formerUpn, Next());
            }

            if (identifiers.PersonDeathDate is { } died)
            {
                element = "PersonDeathDate";
                child.RecordDeath(died, _today, Next());
            }

            return child;
        }

        private void AddEpisode(
            CinChild census,
            Child child,
            DateOnly referralDate,
            CinDetails details,
            List<ChildInNeedEpisode> episodes,
            List<ChildInNeedPlan> plans,
            List<ChildProtectionPlan> protectionPlans,
            ChildAdditions added,
            List<CinCensusImportProblem> problems,
            ref string element)
        {
            var before = problems.Count;
            var source = Code<ReferralSource>(census, "ReferralSource", details.ReferralSource, ReferralSource.TryCreate, problems);
            var need = Code<PrimaryNeed>(census, "PrimaryNeedCode", details.PrimaryNeedCode, PrimaryNeed.TryCreate, problems);
            if (problems.Count > before || source is null || need is null)
            {
                return;
            }

            element = "CINreferralDate";
            var episode = ChildInNeedEpisode.Open(child.Id, referralDate, source, need, null, episodes, _today, Next());
            episodes.Add(episode);
            added.Episodes.Add(episode);

            var assessments = new List<ChildAndFamilyAssessment>();
            foreach (var censusAssessment in details.Assessments.OrderBy(a => a.ActualStartDate))
            {
                element = "AssessmentActualStartDate";
                if (censusAssessment.ActualStartDate is not { } started)
                {
                    problems.Add(Problem(census, element, "Enter the date the assessment started"));
                    continue;
                }

                var assessment = ChildAndFamilyAssessment.Start(episode, started, assessments, _today, Next());
                assessments.Add(assessment);
                added.Assessments.Add(assessment);
                element = "AssessmentFactors";
                var factors = censusAssessment.Factors.Select(f => Code<AssessmentFactor>(census, "AssessmentFactors", f, AssessmentFactor.TryCreate, problems)).OfType<AssessmentFactor>().ToList();
                if (factors.Count > 0)
                {
                    assessment.RecordFactors(factors, Next());
                }

                if (censusAssessment.AuthorisationDate is { } authorised)
                {
                    element = "AssessmentAuthorisationDate";
                    Authorise(assessment, authorised);
                }
            }

            foreach (var censusPlan in details.CinPlanDates.OrderBy(p => p.StartDate))
            {
                element = "CINPlanStartDate";
                if (censusPlan.StartDate is not { } started)
                {
                    problems.Add(Problem(census, element, "Enter the date the child in need plan started"));
                    continue;
                }

                var plan = ChildInNeedPlan.Start(episode, started, plans, _today, Next());
                plans.Add(plan);
                added.Plans.Add(plan);
                if (censusPlan.EndDate is { } ended)
                {
                    element = "CINPlanEndDate";
                    plan.End(ended, _reason, _today, Next());
                }
            }

            AddChildProtection(census, child, episode, details, protectionPlans, added, problems, ref element);
            if (problems.Count > before)
            {
                return;
            }

            var openPlans = OpenPlans.Describe(
                protectionPlans.Any(p => p.EpisodeId == episode.Id && p.IsOpen),
                added.Plans.Any(p => p.EpisodeId == episode.Id && !p.IsEnded));

            if (details.IsReferralNfa)
            {
                element = "ReferralNFA";
                if (details.CinClosureDate is not { } closedOn)
                {
                    problems.Add(Problem(census, "CINclosureDate", "A referral with no further action (ReferralNFA 1) must have the date it closed"));
                    return;
                }

                if (details.ReasonForClosure is { Length: > 0 } given && !string.Equals(given, ClosureReason.NoFurtherActionAfterAssessment.Code, StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add(Problem(
                        census,
                        "ReasonForClosure",
                        $"A referral with no further action (ReferralNFA 1) closes for reason {ClosureReason.NoFurtherActionAfterAssessment.Code}, not '{given}'"));
                    return;
                }

                episode.EndWithNoFurtherAction(closedOn, openPlans, _today, Next());
            }
            else if (details.CinClosureDate is { } closedOn)
            {
                element = "ReasonForClosure";
                var reason = Code<ClosureReason>(census, element, details.ReasonForClosure, ClosureReason.TryCreate, problems);
                if (reason is not null)
                {
                    element = "CINclosureDate";
                    episode.Close(closedOn, reason, openPlans, _today, Next());
                }
            }
        }

        private void Authorise(ChildAndFamilyAssessment assessment, DateOnly authorised)
        {
            var context = Next(
                $"{_reason}. The census gives only the start and authorisation dates, so the child seen and completion dates are recorded as the authorisation date");
            assessment.RecordChildSeen(authorised, seenAlone: true, null, _today, context);
            assessment.RecordAnalysis($"Not carried by the CIN census ({request.FileName})", AssessmentOutcome.Other, "Recorded in the previous system", context);
            var lateness = assessment.WouldBeLateOn(request.Timescales, authorised)
                ? $"Authorised late in the previous system, as recorded in the CIN census ({request.FileName})"
                : null;
            assessment.Complete(authorised, lateness, request.Timescales, _today, context);
            assessment.Authorise(Role.TeamManager, authorised, lateness, request.Timescales, _today, context);
        }

        private ChangeContext Next(string? reason = null) =>
            new(request.ActorId, request.ActorName, request.Now.AddTicks(10 * ++_changes), reason ?? _reason);

        private static T? Code<T>(CinChild census, string element, string? code, TryCreate<T> tryCreate, List<CinCensusImportProblem> problems)
            where T : class
        {
            if (tryCreate(code, out var value, out var error))
            {
                return value;
            }

            problems.Add(Problem(census, element, error));
            return null;
        }

        private static CinCensusImportProblem Problem(CinChild census, string element, string message) =>
            new(census.LAChildId, null, element, message);
    }

    private delegate bool TryCreate<T>(string? code, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out string? error)
        where T : class;

    private sealed class ChildAdditions
    {
        public Child? Child { get; set; }

        public List<ChildInNeedEpisode> Episodes { get; } = [];

        public List<ChildAndFamilyAssessment> Assessments { get; } = [];

        public List<ChildInNeedPlan> Plans { get; } = [];

        public int EpisodesAlreadyInHearth { get; set; }

        public List<ReasonableCauseDecision> ReasonableCauseDecisions { get; } = [];

        public List<StrategyDiscussion> StrategyDiscussions { get; } = [];

        public List<Section47Enquiry> Enquiries { get; } = [];

        public List<ChildProtectionConference> InitialConferences { get; } = [];

        public List<ChildProtectionPlan> ProtectionPlans { get; } = [];

        public ChildProtectionCounts Counts { get; } = new();
    }

    private sealed class ChildProtectionCounts
    {
        public int EnquiriesAlreadyInHearth { get; set; }

        public int PlansAlreadyInHearth { get; set; }

        public int ReviewsAdded { get; set; }

        public int ReviewsAlreadyInHearth { get; set; }

        public int LeftOut { get; set; }

        public void Add(ChildProtectionCounts other)
        {
            EnquiriesAlreadyInHearth += other.EnquiriesAlreadyInHearth;
            PlansAlreadyInHearth += other.PlansAlreadyInHearth;
            ReviewsAdded += other.ReviewsAdded;
            ReviewsAlreadyInHearth += other.ReviewsAlreadyInHearth;
            LeftOut += other.LeftOut;
        }
    }
}
