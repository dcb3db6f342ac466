using Hearth.Domain;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Children;
using Hearth.Domain.Referrals;

namespace Hearth.Returns.CinCensus.Import;

public static partial class CinCensusImport
{
    /// <summary>What an imported record says in place of what the census does not carry.</summary>
    public const string NotCarried = "Not carried by the CIN census";

    private sealed partial class Import
    {
        private const int DecidedAtMinute = 9 * 60;
        private const int DiscussionAtMinute = DecidedAtMinute + 30;

        private static readonly IReadOnlyList<ConferenceAttendee> s_notCarriedAttendees = [NotCarriedAttendee()];

        private void AddChildProtection(
            CinChild census,
            Child child,
            ChildInNeedEpisode episode,
            CinDetails details,
            List<ChildProtectionPlan> childsPlans,
            ChildAdditions added,
            List<CinCensusImportProblem> problems,
            ref string element)
        {
            var before = problems.Count;
            var enquiries = CheckEnquiries(census, details, problems);
            var plans = CheckPlans(census, details, problems);
            if (problems.Count > before)
            {
                return;
            }

            var episodeRecords = new EpisodeRecords(episode, details);
            var planIndex = 0;
            var enquiryIndex = 0;
            var episodeConferenceOn = details.DateOfInitialCpc;
            while (planIndex < plans.Count || enquiryIndex < enquiries.Count || episodeConferenceOn is not null)
            {
                var nextPlan = planIndex < plans.Count ? plans[planIndex].Start : DateOnly.MaxValue;
                var nextEnquiry = enquiryIndex < enquiries.Count ? enquiries[enquiryIndex].Start : DateOnly.MaxValue;
                if (nextEnquiry <= nextPlan && nextEnquiry <= (episodeConferenceOn ?? DateOnly.MaxValue))
                {
                    AddEnquiry(child, enquiries[enquiryIndex++], plans, childsPlans, episodeRecords, added, ref element);
                }
                else if (episodeConferenceOn is { } held && held <= nextPlan)
                {
                    element = "DateOfInitialCPC";
                    if (!episodeRecords.InitialConferenceDates.Contains(held))
                    {
                        AddInitialConference(child, held, null, plans, childsPlans, episodeRecords, added, ref element);
                    }

                    episodeConferenceOn = null;
                }
                else
                {
                    var plan = plans[planIndex++];
                    if (!plan.Started)
                    {
                        element = "CPPstartDate";
                        AddInitialConference(child, plan.Start, null, plans, childsPlans, episodeRecords, added, ref element);
                    }
                }
            }
        }

        private static List<ImportedEnquiry> CheckEnquiries(CinChild census, CinDetails details, List<CinCensusImportProblem> problems)
        {
            var enquiries = new List<ImportedEnquiry>();
            foreach (var section47 in details.Section47s)
            {
                if (section47.ActualStartDate is not { } started)
                {
                    problems.Add(Problem(census, "S47ActualStartDate", "Enter the date the section 47 enquiry started"));
                    continue;
                }

                if (section47.DateOfInitialCpc is { } held)
                {
                    if (section47.IsIcpcNotRequired)
                    {
                        problems.Add(Problem(
                            census,
                            "ICPCnotRequired",
                            $"The section 47 enquiry started on {DisplayDate.Of(started)} has an initial conference date (DateOfInitialCPC), so ICPCnotRequired must be 0, not 1"));
                        continue;
                    }

                    if (held < started)
                    {
                        problems.Add(Problem(
                            census,
                            "DateOfInitialCPC",
                            $"The initial child protection conference, {DisplayDate.Of(held)}, cannot be before the section 47 enquiry started, {DisplayDate.Of(started)}"));
                        continue;
                    }
                }

                enquiries.Add(new ImportedEnquiry(started, section47.DateOfInitialCpc, section47.IsIcpcNotRequired));
            }

            return [.. enquiries.OrderBy(e => e.Start)];
        }

        private static List<ImportedPlan> CheckPlans(CinChild census, CinDetails details, List<CinCensusImportProblem> problems)
        {
            var plans = new List<ImportedPlan>();
            foreach (var plan in details.ChildProtectionPlans)
            {
                var before = problems.Count;
                var initial = Code<CategoryOfAbuse>(census, "InitialCategoryOfAbuse", plan.InitialCategoryOfAbuse, CategoryOfAbuse.TryCreate, problems);
                var latest = Code<CategoryOfAbuse>(census, "LatestCategoryOfAbuse", plan.LatestCategoryOfAbuse, CategoryOfAbuse.TryCreate, problems);
                if (plan.StartDate is not { } started)
                {
                    problems.Add(Problem(census, "CPPstartDate", "Enter the date the child protection plan started"));
                    continue;
                }

                if (plan.EndDate is { } ended && ended < started)
                {
                    problems.Add(Problem(
                        census,
                        "CPPendDate",
                        $"The child protection plan that started on {DisplayDate.Of(started)} cannot end before it started: its end date (CPPendDate) is {DisplayDate.Of(ended)}"));
                }

                if (plan.ReviewDates.Any(r => r is null))
                {
                    problems.Add(Problem(census, "CPPreviewDate", $"Enter the date of each review conference of the child protection plan that started on {DisplayDate.Of(started)}"));
                }

                if (initial is not null && latest is not null && latest != initial && plan.ReviewDates.Count == 0)
                {
                    problems.Add(Problem(
                        census,
                        "LatestCategoryOfAbuse",
                        $"The child protection plan that started on {DisplayDate.Of(started)} has a latest category of abuse ({latest.Code}) other than its initial one ({initial.Code}) but no review conference in the file: Hearth changes the category only at a review conference"));
                }

                if (problems.Count > before || initial is null || latest is null)
                {
                    continue;
                }

                plans.Add(new ImportedPlan(started, plan.EndDate, initial, latest, [.. plan.ReviewDates.OfType<DateOnly>().Order()]));
            }

            return [.. plans.OrderBy(p => p.Start)];
        }

        private void AddEnquiry(
            Child child,
            ImportedEnquiry imported,
            List<ImportedPlan> plans,
            List<ChildProtectionPlan> childsPlans,
            EpisodeRecords records,
            ChildAdditions added,
            ref string element)
        {
            element = "S47ActualStartDate";
            var episode = records.Episode;
            var started = imported.Start;
            var context = Next(
                $"{_reason}. The census carries only the date the section 47 enquiry started, so the reasonable cause decision and the strategy discussion that started it are recorded on that date, at {DecidedAtMinute / 60:00}:00 and {DiscussionAtMinute / 60:00}:{DiscussionAtMinute % 60:00}, with what the census does not carry said to be so");
            var decision = ReasonableCauseDecision.Record(
                episode,
                At(started, DecidedAtMinute),
                NotCarried,
                $"{NotCarried} ({Request.FileName}): it records only that a section 47 enquiry started on {DisplayDate.Of(started)}",
                records.Causes,
                records.Discussions,
                context);
            records.Causes.Add(decision.AsCause());
            added.ReasonableCauseDecisions.Add(decision);
            var details = new StrategyDiscussionDetails(
                At(started, DiscussionAtMinute),
                StrategyDiscussionFormat.Discussion,
                [StrategyDiscussionParticipant.Create(NotCarried, NotCarried, Agency.LocalAuthority)],
                [AgencyContribution.Create(Agency.LocalAuthority, $"{NotCarried} ({Request.FileName})")],
                StrategyDiscussionOutcome.Section47Enquiry,
                $"{_reason}. The census carries only the date of the section 47 enquiry this discussion started: who took part, how it was held and what each agency contributed are not carried");
            var discussion = StrategyDiscussion.RecordFromStatutoryReturn(details, episode, decision.AsCause(), records.Discussions, context);
            records.Discussions.Add(discussion);
            added.StrategyDiscussions.Add(discussion);
            var enquiry = Section47Enquiry.Start(discussion, episode, records.Enquiries, Request.Timescales, context);
            records.Enquiries.Add(enquiry);
            added.Enquiries.Add(enquiry);

            if (imported.InitialConferenceOn is { } held)
            {
                element = "DateOfInitialCPC";
                RecordOutcome(enquiry, true, Section47Outcome.InitialChildProtectionConference, held, $"the initial child protection conference date, {DisplayDate.Of(held)}");
                var conference = AddInitialConference(child, held, enquiry.Id, plans, childsPlans, records, added, ref element);
                enquiry.RecordInitialConferenceHeld(held, conference.Id, Next());
            }
            else if (imported.ConferenceNotRequired)
            {
                element = "ICPCnotRequired";
                var completed = started < Request.Year.StartDate ? Request.Year.StartDate : started;
                var outcome = records.Details.CinPlanDates.Any(p => p.StartDate >= started) ? Section47Outcome.ChildInNeedPlan : Section47Outcome.NoFurtherAction;
                RecordOutcome(
                    enquiry,
                    false,
                    outcome,
                    completed,
                    $"the later of its start and the start of the collection year, {DisplayDate.Of(completed)}, as the census says only that no conference was needed; the outcome is {outcome.DisplayName.ToLowerInvariant()} because the episode {(outcome == Section47Outcome.ChildInNeedPlan ? "has a" : "has no")} child in need plan from the enquiry's start, and the concerns are recorded as not substantiated because no conference was needed");
            }
        }

        private void RecordOutcome(Section47Enquiry enquiry, bool substantiated, Section47Outcome outcome, DateOnly completed, string why)
        {
            var context = Next($"{_reason}. The census does not carry when the child was seen or when the enquiry was completed, so both are recorded as {why}");
            enquiry.RecordChildSeen(true, completed, false, $"{NotCarried} ({Request.FileName}): whether the child was seen alone", _today, context);
            enquiry.RecordOutcome(
                substantiated,
                outcome,
                $"{NotCarried} ({Request.FileName}): the census carries only the enquiry's dates and whether an initial conference was needed",
                completed,
                _today,
                context);
        }

        private ChildProtectionConference AddInitialConference(
            Child child,
            DateOnly held,
            Guid? enquiryId,
            List<ImportedPlan> plans,
            List<ChildProtectionPlan> childsPlans,
            EpisodeRecords records,
            ChildAdditions added,
            ref string element)
        {
            var plan = plans.FirstOrDefault(p => p.Start == held && !p.Started);
            var context = Next($"{_reason}. The census carries only the date of the conference: who attended and whether it was quorate are not carried");
            var conference = ChildProtectionConference.RecordInitial(
                child.Id,
                child.DateOfBirth is not { } born || held < born,
                records.Episode,
                held,
                s_notCarriedAttendees,
                isQuorate: false,
                plan is null ? ConferenceOutcome.NoPlan : ConferenceOutcome.Plan,
                plan?.Initial,
                enquiryId,
                childsPlans,
                _today,
                context);
            records.InitialConferenceDates.Add(held);
            added.InitialConferences.Add(conference);
            if (plan is not null)
            {
                element = "CPPstartDate";
                plan.Started = true;
                StartPlan(conference, plan, childsPlans, added, ref element);
            }

            return conference;
        }

        private void StartPlan(
            ChildProtectionConference initial,
            ImportedPlan imported,
            List<ChildProtectionPlan> childsPlans,
            ChildAdditions added,
            ref string element)
        {
            var plan = ChildProtectionPlan.Start(initial, childsPlans, Next());
            childsPlans.Add(plan);
            added.ProtectionPlans.Add(plan);
            var endsAtReview = imported.End is { } end && imported.Reviews.Contains(end);
            var continuing = imported.Reviews.Where(r => !(endsAtReview && r == imported.End)).ToList();
            element = "CPPreviewDate";
            var reviewReason = $"{_reason}. The census carries only the date of each review conference: who attended and whether it was quorate are not carried";
            for (var i = 0; i < continuing.Count; i++)
            {
                var category = i == continuing.Count - 1 && !endsAtReview ? imported.Latest : plan.LatestCategory;
                plan.RecordReviewConference(continuing[i], s_notCarriedAttendees, false, ConferenceOutcome.ContinuePlan, category, _today, Next(reviewReason));
            }

            added.Counts.ReviewsAdded += imported.Reviews.Count;
            if (endsAtReview)
            {
                element = "CPPendDate";
                plan.RecordReviewConference(
                    imported.End!.Value, s_notCarriedAttendees, false, ConferenceOutcome.EndPlan, imported.Latest, _today, Next($"{reviewReason}; the plan ended at this review"));
            }
            else if (imported.End is { } ended)
            {
                element = "CPPendDate";
                plan.End(
                    ended,
                    ChildProtectionPlanEndReason.Other,
                    $"{NotCarried} ({Request.FileName}): it gives the end date without a review conference on that date, and not why the plan ended",
                    _today,
                    Next());
            }
        }

        private void CountChildProtectionInHearth(ChildInNeedEpisode episode, CinDetails details, List<ChildProtectionPlan> childsPlans, ChildProtectionCounts counts)
        {
            var enquiries = existing.EnquiriesByEpisode[episode.Id].ToList();
            foreach (var section47 in details.Section47s)
            {
                if (enquiries.Any(e => e.StartDate == section47.ActualStartDate))
                {
                    counts.EnquiriesAlreadyInHearth++;
                }
                else
                {
                    counts.LeftOut++;
                }
            }

            foreach (var censusPlan in details.ChildProtectionPlans)
            {
                var plan = childsPlans.FirstOrDefault(p => p.EpisodeId == episode.Id && p.StartDate == censusPlan.StartDate);
                if (plan is null)
                {
                    counts.LeftOut += 1 + censusPlan.ReviewDates.Count;
                    continue;
                }

                counts.PlansAlreadyInHearth++;
                foreach (var review in censusPlan.ReviewDates)
                {
                    if (plan.Conferences.Any(c => c.Kind == ConferenceKind.Review && c.HeldOn == review))
                    {
                        counts.ReviewsAlreadyInHearth++;
                    }
                    else
                    {
                        counts.LeftOut++;
                    }
                }
            }
        }

        private static DateTimeOffset At(DateOnly date, int minuteOfDay)
        {
            var local = date.ToDateTime(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minuteOfDay)));
            return new DateTimeOffset(local, WorkingCalendar.London.GetUtcOffset(local)).ToUniversalTime();
        }

        private static ConferenceAttendee NotCarriedAttendee() =>
            ConferenceAttendee.TryCreate(NotCarried, "Attendance and quorum not carried by the CIN census", ConferenceAgency.LocalAuthority, out var attendee, out var error)
                ? attendee
                : throw new InvalidOperationException(error);
    }

    private sealed record ImportedEnquiry(DateOnly Start, DateOnly? InitialConferenceOn, bool ConferenceNotRequired);

    private sealed record ImportedPlan(DateOnly Start, DateOnly? End, CategoryOfAbuse Initial, CategoryOfAbuse Latest, IReadOnlyList<DateOnly> Reviews)
    {
        public bool Started { get; set; }
    }

    private sealed class EpisodeRecords(ChildInNeedEpisode episode, CinDetails details)
    {
        public ChildInNeedEpisode Episode => episode;

        public CinDetails Details => details;

        public List<ReasonableCause> Causes { get; } = [];

        public List<StrategyDiscussion> Discussions { get; } = [];

        public List<Section47Enquiry> Enquiries { get; } = [];

        public HashSet<DateOnly> InitialConferenceDates { get; } = [];
    }
}
