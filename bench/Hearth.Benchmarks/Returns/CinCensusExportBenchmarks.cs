using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Hearth.Data;
using Hearth.Data.Bulk;
using Hearth.Domain.Assessments;
using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildInNeed;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Children;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using Hearth.Domain.Workforce;
using Hearth.Returns;
using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Checks;

namespace Hearth.Benchmarks.Returns;

/// <summary>
/// Building and checking a large local authority's 2025-26 CIN census from its database: 12,000 children in need and
/// about 25,000 referrals in the year, made through the domain and saved with <see cref="BulkInsert"/> (a SQLite file,
/// or PostgreSQL when <c>HEARTH_BENCH_POSTGRES</c> is set). Each child has a closed episode with an authorised
/// assessment and an ended child in need plan, then a second referral; every tenth child's second referral goes to a
/// strategy discussion, a section 47 enquiry, an initial conference and a child protection plan with a review; every
/// fifth ends with no further action. Run:
/// <c>dotnet run -c Release --project bench/Hearth.Benchmarks -- --filter *CinCensusExport*</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CinCensusExportBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 4, 15, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 4, 15);
    private static readonly ChangeContext Change = new(new Guid("00000000-0000-7000-8000-0000000be7c4"), "Benchmark", Now, null);
    private readonly CinCollectionYear _year = CinCollectionYear.Year2025To26;
    private HearthDatabaseSettings _settings = null!;

    [Params(12_000)]
    public int Children { get; set; }

    [GlobalSetup]
    public void Setup() => _settings = BenchmarkDatabase.Prepare($"cin-export-{Children}", Children, Populate);

    [Benchmark(Description = "load, build and check (109 rules)")]
    public int BuildAndCheck()
    {
        using var db = new HearthDbContext(HearthDbContextOptions.Create(_settings));
        var message = CinCensusBuilder.Build(CinCensusSource.LoadAsync(db, _year).GetAwaiter().GetResult(), LocalAuthorityCode.Demo, Now);
        return CinCensusRuleSets.For(_year).Check(message).Issues.Count;
    }

    [Benchmark(Description = "load, build, check and write the XML")]
    public long BuildCheckAndWrite()
    {
        using var db = new HearthDbContext(HearthDbContextOptions.Create(_settings));
        var message = CinCensusBuilder.Build(CinCensusSource.LoadAsync(db, _year).GetAwaiter().GetResult(), LocalAuthorityCode.Demo, Now);
        _ = CinCensusRuleSets.For(_year).Check(message).Issues.Count;
        using var file = new MemoryStream();
        CinCensusWriter.Write(file, message);
        return file.Length;
    }

    private static void Populate(HearthDbContext db, int start, int count)
    {
        var entities = new List<object>();
        for (var n = start; n < start + count; n++)
        {
            AddChild(entities, n);
        }

        BulkInsert.InsertAsync(db, entities).GetAwaiter().GetResult();
    }

    private static void AddChild(List<object> entities, int n)
    {
        var born = new DateOnly(2008, 1, 1).AddDays(n * 7 % 6000);
        var child = Child.Register(
            LocalAuthorityChildId.Create($"B{n:D7}"),
            new ChildDetails
            {
                Name = PersonName.Create("Child", Letters(n)),
                DateOfBirth = born,
                Sex = n % 2 == 0 ? Sex.Create("F") : Sex.Create("M"),
                Ethnicity = Ethnicity.Create("WBRI"),
                Disabilities = [n % 3 == 0 ? Disability.Autism : Disability.NoDisability],
            },
            Today,
            Change);
        entities.Add(child);

        var firstReferral = new DateOnly(2025, 4, 7).AddDays(n % 120);
        var first = ChildInNeedEpisode.Open(child.Id, firstReferral, ReferralSource.Schools, PrimaryNeed.FamilyInAcuteStress, null, [], Today, Change);
        var assessment = ChildAndFamilyAssessment.Start(first, firstReferral, [], Today, Change);
        assessment.RecordChildSeen(firstReferral.AddDays(2), seenAlone: true, null, Today, Change);
        assessment.RecordFactors([AssessmentFactor.Create("3B"), AssessmentFactor.Create("4B")], Change);
        assessment.RecordAnalysis("Needs identified", AssessmentOutcome.ChildInNeedPlan, null, Change);
        assessment.Complete(firstReferral.AddDays(30), null, Timescales.Standard, Today, Change);
        assessment.Authorise(Role.TeamManager, firstReferral.AddDays(32), null, Timescales.Standard, Today, Change);
        var plan = ChildInNeedPlan.Start(first, firstReferral.AddDays(35), [], Today, Change);
        plan.End(firstReferral.AddDays(120), "Needs met", Today, Change);
        first.Close(firstReferral.AddDays(125), ClosureReason.ServicesCeased, [], Today, Change);
        entities.AddRange([first, assessment, plan]);

        var secondReferral = firstReferral.AddDays(150 + (n % 60));
        var second = ChildInNeedEpisode.Open(child.Id, secondReferral, ReferralSource.Police, PrimaryNeed.AbuseNeglectAndExploitation, null, [first], Today, Change);
        entities.Add(second);
        if (n % 5 == 4)
        {
            second.EndWithNoFurtherAction(secondReferral.AddDays(1), [], Today, Change);
        }
        else if (n % 10 == 0)
        {
            AddChildProtection(entities, child, second);
        }
    }

    private static void AddChildProtection(List<object> entities, Child child, ChildInNeedEpisode episode)
    {
        var heldAt = new DateTimeOffset(episode.ReferralDate.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        var decision = ReasonableCauseDecision.Record(episode, heldAt.AddHours(-2), "Team manager", "Injury reported by school", [], [], Change);
        var details = new StrategyDiscussionDetails(
            heldAt,
            StrategyDiscussionFormat.Meeting,
            [
                StrategyDiscussionParticipant.Create("Social worker", "Social worker", Agency.LocalAuthority),
                StrategyDiscussionParticipant.Create("Police officer", "Child abuse investigation team", Agency.Police),
                StrategyDiscussionParticipant.Create("Named nurse", "Health", Agency.Health),
            ],
            [
                AgencyContribution.Create(Agency.LocalAuthority, "Previous referral"),
                AgencyContribution.Create(Agency.Police, "Domestic incident"),
                AgencyContribution.Create(Agency.Health, "Missed appointments"),
            ],
            StrategyDiscussionOutcome.Section47Enquiry,
            "Joint enquiry");
        var discussion = StrategyDiscussion.Record(details, episode, decision.AsCause(), null, [], Change);
        var enquiry = Section47Enquiry.Start(discussion, episode, [], Timescales.Standard, Change);
        var seenOn = WorkingCalendar.LocalDate(heldAt).AddDays(1);
        enquiry.RecordChildSeen(true, seenOn, true, null, Today, Change);
        enquiry.RecordOutcome(true, Section47Outcome.InitialChildProtectionConference, "Concerns substantiated", seenOn.AddDays(5), Today, Change);
        var conferenceOn = seenOn.AddDays(10);
        var conference = ChildProtectionConference.RecordInitial(
            child.Id, false, episode, conferenceOn, Attendees, true, ConferenceOutcome.Plan, CategoryOfAbuse.Neglect, enquiry.Id, [], Today, Change);
        var plan = ChildProtectionPlan.Start(conference, [], Change);
        enquiry.RecordInitialConferenceHeld(conferenceOn, conference.Id, Change);
        if (conferenceOn.AddMonths(3) < Today)
        {
            plan.RecordReviewConference(conferenceOn.AddMonths(3), Attendees, true, ConferenceOutcome.ContinuePlan, CategoryOfAbuse.Neglect, Today, Change);
        }

        entities.AddRange([decision, discussion, enquiry, plan]);
    }

    private static string Letters(int n) => string.Concat(n.ToString("D7", System.Globalization.CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0')));

    private static IReadOnlyList<ConferenceAttendee> Attendees =>
    [
        Attendee("Chair", ConferenceAgency.LocalAuthority),
        Attendee("Police officer", ConferenceAgency.Police),
        Attendee("Health visitor", ConferenceAgency.Health),
    ];

    private static ConferenceAttendee Attendee(string role, ConferenceAgency agency) =>
        ConferenceAttendee.TryCreate(role, role, agency, out var attendee, out var error) ? attendee : throw new InvalidOperationException(error);
}
