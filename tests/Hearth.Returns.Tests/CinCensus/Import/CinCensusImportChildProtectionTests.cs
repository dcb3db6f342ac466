using System.Text;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Children;
using Hearth.Domain.Referrals;
using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Import;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Returns.Tests.CinCensus.Import;

public class CinCensusImportChildProtectionTests
{
    private const string FileName = "cin_child_protection_2026.xml";
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid ActorId = new("00000000-0000-7000-8000-00000000c1a1");

    // Child P001: an enquiry that needed no conference (a child in need plan followed), then an enquiry whose
    // conference started a plan, reviewed twice with its category changed, ended at the second review; the episode
    // closes after the plan ended.
    private const string EndedPlanChild = """
        <Child>
          <ChildIdentifiers>
            <LAchildID>P001</LAchildID>
            <UPN>B886210000001</UPN>
            <PersonBirthDate>2016-03-14</PersonBirthDate>
            <Sex>F</Sex>
          </ChildIdentifiers>
          <ChildCharacteristics>
            <Ethnicity>WBRI</Ethnicity>
            <Disabilities><Disability>NONE</Disability></Disabilities>
          </ChildCharacteristics>
          <CINdetails>
            <CINreferralDate>2025-04-07</CINreferralDate>
            <ReferralSource>2A</ReferralSource>
            <PrimaryNeedCode>N1</PrimaryNeedCode>
            <CINclosureDate>2026-01-20</CINclosureDate>
            <ReasonForClosure>RC7</ReasonForClosure>
            <CINPlanDates>
              <CINPlanStartDate>2025-05-01</CINPlanStartDate>
              <CINPlanEndDate>2025-06-01</CINPlanEndDate>
            </CINPlanDates>
            <Section47>
              <S47ActualStartDate>2025-04-10</S47ActualStartDate>
              <InitialCPCtarget>2025-05-02</InitialCPCtarget>
              <ICPCnotRequired>1</ICPCnotRequired>
            </Section47>
            <Section47>
              <S47ActualStartDate>2025-06-02</S47ActualStartDate>
              <InitialCPCtarget>2025-06-23</InitialCPCtarget>
              <DateOfInitialCPC>2025-06-20</DateOfInitialCPC>
              <ICPCnotRequired>0</ICPCnotRequired>
            </Section47>
            <ReferralNFA>0</ReferralNFA>
            <ChildProtectionPlans>
              <CPPstartDate>2025-06-20</CPPstartDate>
              <CPPendDate>2026-01-15</CPPendDate>
              <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
              <LatestCategoryOfAbuse>PHY</LatestCategoryOfAbuse>
              <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
              <Reviews>
                <CPPreviewDate>2025-09-15</CPPreviewDate>
                <CPPreviewDate>2026-01-15</CPPreviewDate>
              </Reviews>
            </ChildProtectionPlans>
          </CINdetails>
        </Child>
        """;

    // Child P002: a conference without an enquiry in the episode started a plan that is still open, and an enquiry
    // started during the plan is still under way.
    private const string OpenPlanChild = """
        <Child>
          <ChildIdentifiers>
            <LAchildID>P002</LAchildID>
            <UPN>Q886210000002</UPN>
            <PersonBirthDate>2012-11-30</PersonBirthDate>
            <Sex>M</Sex>
          </ChildIdentifiers>
          <ChildCharacteristics>
            <Ethnicity>AIND</Ethnicity>
            <Disabilities><Disability>NONE</Disability></Disabilities>
          </ChildCharacteristics>
          <CINdetails>
            <CINreferralDate>2025-09-01</CINreferralDate>
            <ReferralSource>6</ReferralSource>
            <PrimaryNeedCode>N4</PrimaryNeedCode>
            <DateOfInitialCPC>2025-09-10</DateOfInitialCPC>
            <Section47>
              <S47ActualStartDate>2026-02-02</S47ActualStartDate>
              <InitialCPCtarget>2026-02-23</InitialCPCtarget>
              <ICPCnotRequired>0</ICPCnotRequired>
            </Section47>
            <ReferralNFA>0</ReferralNFA>
            <ChildProtectionPlans>
              <CPPstartDate>2025-09-10</CPPstartDate>
              <InitialCategoryOfAbuse>EMO</InitialCategoryOfAbuse>
              <LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>
              <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
              <Reviews>
                <CPPreviewDate>2025-12-05</CPPreviewDate>
              </Reviews>
            </ChildProtectionPlans>
          </CINdetails>
        </Child>
        """;

    [Theory]
    [DatabaseData]
    public async Task RunAsync_EnquiriesPlansAndReviews_RecordsTheWholeChainThroughTheDomain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await ImportAsync(database, Message(EndedPlanChild, OpenPlanChild));

        result.Problems.ShouldBeEmpty();
        result.Imported.ShouldBeTrue();
        await using var db = database.CreateContext();
        var children = await db.Set<Child>().ToListAsync();
        var ended = children.Single(c => c.LaChildId.Value == "P001").Id;
        var open = children.Single(c => c.LaChildId.Value == "P002").Id;

        var enquiries = (await db.Set<Section47Enquiry>().ToListAsync()).OrderBy(e => e.StartDate).ToList();
        enquiries.Select(e => (e.ChildId, e.StartDate)).ShouldBe(
            [(ended, new DateOnly(2025, 4, 10)), (ended, new DateOnly(2025, 6, 2)), (open, new DateOnly(2026, 2, 2))]);
        enquiries.Select(e => e.InitialConferenceTarget)
            .ShouldBe(enquiries.Select(e => Timescales.Standard.InitialChildProtectionConference.Evaluate(e.StartDate, null, e.StartDate).DueDate));
        enquiries[0].IsInitialConferenceNotRequired.ShouldBeTrue();
        enquiries[0].Outcome.ShouldBe(Section47Outcome.ChildInNeedPlan);
        enquiries[1].Outcome.ShouldBe(Section47Outcome.InitialChildProtectionConference);
        enquiries[1].InitialConferenceHeldOn.ShouldBe(new DateOnly(2025, 6, 20));
        enquiries[2].IsOngoing.ShouldBeTrue();

        var discussions = await db.Set<StrategyDiscussion>().ToListAsync();
        discussions.Select(d => d.HeldOn).Order().ShouldBe(enquiries.Select(e => e.StartDate));
        discussions.ShouldAllBe(d => d.Participants.All(p => p.Name == CinCensusImport.NotCarried) && d.Reasons.Contains(FileName));
        (await db.Set<ReasonableCauseDecision>().CountAsync()).ShouldBe(enquiries.Count);

        var initial = (await db.Set<ChildProtectionConference>().Where(c => c.Kind == ConferenceKind.Initial).ToListAsync()).OrderBy(c => c.HeldOn).ToList();
        initial.Select(c => (c.ChildId, c.HeldOn, c.Section47EnquiryId)).ShouldBe(
            [(ended, new DateOnly(2025, 6, 20), (Guid?)enquiries[1].Id), (open, new DateOnly(2025, 9, 10), null)]);
        initial.ShouldAllBe(c => c.Outcome == ConferenceOutcome.Plan && c.Attendees.All(a => a.Name == CinCensusImport.NotCarried));

        var plans = (await db.Set<ChildProtectionPlan>().Include(p => p.Conferences).ToListAsync()).OrderBy(p => p.StartDate).ToList();
        plans.Select(p => (p.ChildId, p.StartDate, p.EndDate, p.InitialCategory, p.LatestCategory, p.NumberOfPreviousPlans)).ShouldBe(
        [
            (ended, new DateOnly(2025, 6, 20), (DateOnly?)new DateOnly(2026, 1, 15), CategoryOfAbuse.Neglect, CategoryOfAbuse.PhysicalAbuse, 0),
            (open, new DateOnly(2025, 9, 10), null, CategoryOfAbuse.EmotionalAbuse, CategoryOfAbuse.EmotionalAbuse, 0),
        ]);
        plans[0].EndReason.ShouldBe(ChildProtectionPlanEndReason.ReviewConference);
        plans[0].Conferences.Where(c => c.Kind == ConferenceKind.Review).OrderBy(c => c.HeldOn).Select(c => (c.HeldOn, c.Outcome)).ShouldBe(
            [(new DateOnly(2025, 9, 15), ConferenceOutcome.ContinuePlan), (new DateOnly(2026, 1, 15), ConferenceOutcome.EndPlan)]);
        plans[1].Conferences.Where(c => c.Kind == ConferenceKind.Review).Select(c => c.HeldOn).ShouldBe([new DateOnly(2025, 12, 5)]);

        var episodes = await db.Set<ChildInNeedEpisode>().ToListAsync();
        episodes.Single(e => e.ChildId == ended).ClosureDate.ShouldBe(new DateOnly(2026, 1, 20));
        episodes.Single(e => e.ChildId == open).IsOpen.ShouldBeTrue();

        result.Summary.ShouldBe(result.Summary with
        {
            Section47EnquiriesAdded = 3,
            InitialConferencesAdded = 2,
            ChildProtectionPlansAdded = 2,
            ReviewConferencesAdded = 3,
        });
        var planChanges = await db.ChangeRecords.Where(r => r.Summary == "Child protection plan started" || r.Summary == "Section 47 enquiry started").ToListAsync();
        planChanges.Count.ShouldBe(5);
        planChanges.ShouldAllBe(r => r.ActorId == ActorId && r.Reason!.Contains(FileName));
    }

    [Theory]
    [DatabaseData]
    public async Task RunAsync_SameFileTwice_SecondAddsNoEnquiryPlanOrReview(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var xml = Message(EndedPlanChild, OpenPlanChild);
        await ImportAsync(database, xml);
        int changes;
        await using (var db = database.CreateContext())
        {
            changes = await db.ChangeRecords.CountAsync();
        }

        var second = await ImportAsync(database, xml);

        second.Imported.ShouldBeTrue();
        second.Summary.EverythingAlreadyInHearth.ShouldBeTrue();
        (second.Summary.Section47EnquiriesAdded, second.Summary.ChildProtectionPlansAdded, second.Summary.ReviewConferencesAdded, second.Summary.InitialConferencesAdded)
            .ShouldBe((0, 0, 0, 0));
        (second.Summary.Section47EnquiriesAlreadyInHearth, second.Summary.ChildProtectionPlansAlreadyInHearth, second.Summary.ReviewConferencesAlreadyInHearth)
            .ShouldBe((3, 2, 3));
        second.Summary.LeftOutOfEpisodesAlreadyInHearth.ShouldBe(0);
        await using var after = database.CreateContext();
        (await after.Set<Section47Enquiry>().CountAsync()).ShouldBe(3);
        (await after.Set<ChildProtectionPlan>().CountAsync()).ShouldBe(2);
        (await after.Set<ChildProtectionConference>().CountAsync()).ShouldBe(5);
        (await after.ChangeRecords.CountAsync()).ShouldBe(changes);
    }

    [Theory]
    [DatabaseData]
    public async Task RunAsync_ReviewNotInHearthsEpisode_IsCountedAsLeftOutAndNothingAdded(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database, Message(OpenPlanChild));
        var withLaterReview = OpenPlanChild.Replace(
            "<CPPreviewDate>2025-12-05</CPPreviewDate>", "<CPPreviewDate>2025-12-05</CPPreviewDate><CPPreviewDate>2026-03-05</CPPreviewDate>", StringComparison.Ordinal);

        var second = await ImportAsync(database, Message(withLaterReview));

        second.Summary.ReviewConferencesAlreadyInHearth.ShouldBe(1);
        second.Summary.LeftOutOfEpisodesAlreadyInHearth.ShouldBe(1);
        second.Summary.ChangedNothing.ShouldBeTrue();
        second.Summary.EverythingAlreadyInHearth.ShouldBeFalse();
        CinCensusImportReport.SummaryLines(second.Summary).ShouldContain(l => l.StartsWith("1 section 47 enquiry, plan or review left out", StringComparison.Ordinal));
        await using var db = database.CreateContext();
        (await db.Set<ChildProtectionConference>().CountAsync(c => c.Kind == ConferenceKind.Review)).ShouldBe(1);
    }

    [Theory]
    [DatabaseData]
    public async Task RunAsync_UnknownCategoryOfAbuse_NamesTheElementAndSavesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bad = OpenPlanChild.Replace("<InitialCategoryOfAbuse>EMO</InitialCategoryOfAbuse>", "<InitialCategoryOfAbuse>XYZ</InitialCategoryOfAbuse>", StringComparison.Ordinal);

        var result = await ImportAsync(database, Message(EndedPlanChild, bad));

        result.Imported.ShouldBeFalse();
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Element.ShouldBe("InitialCategoryOfAbuse");
        problem.Message.ShouldContain("XYZ");
        await AssertNothingSavedAsync(database);
    }

    [Theory]
    [DatabaseData]
    public async Task RunAsync_PlanEndsBeforeItStarts_IsRefusedWithTheDatesAndSavesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bad = EndedPlanChild.Replace("<CPPendDate>2026-01-15</CPPendDate>", "<CPPendDate>2025-06-19</CPPendDate>", StringComparison.Ordinal);

        var result = await ImportAsync(database, Message(bad, OpenPlanChild));

        result.Imported.ShouldBeFalse();
        var problem = result.Problems.ShouldHaveSingleItem();
        (problem.LAChildId, problem.Element).ShouldBe(("P001", "CPPendDate"));
        problem.Message.ShouldBe("The child protection plan that started on 20 June 2025 cannot end before it started: its end date (CPPendDate) is 19 June 2025");
        await AssertNothingSavedAsync(database);
    }

    [Theory]
    [DatabaseData]
    public async Task RunAsync_LatestCategoryChangedWithoutAReview_IsRefusedAndSavesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bad = OpenPlanChild
            .Replace("<LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>", "<LatestCategoryOfAbuse>NEG</LatestCategoryOfAbuse>", StringComparison.Ordinal)
            .Remove(OpenPlanChild.IndexOf("<Reviews>", StringComparison.Ordinal), OpenPlanChild.IndexOf("</Reviews>", StringComparison.Ordinal) + "</Reviews>".Length - OpenPlanChild.IndexOf("<Reviews>", StringComparison.Ordinal));
        bad.ShouldNotContain("CPPreviewDate");

        var result = await ImportAsync(database, Message(bad));

        var problem = result.Problems.ShouldHaveSingleItem();
        (problem.LAChildId, problem.Element).ShouldBe(("P002", "LatestCategoryOfAbuse"));
        problem.Message.ShouldContain("Hearth changes the category only at a review conference");
        await AssertNothingSavedAsync(database);
    }

    [Theory]
    [DatabaseData]
    public async Task RunAsync_ConferenceWhileAPlanIsOpen_ReportsTheDomainsReasonAndSavesNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var bad = OpenPlanChild.Replace(
            "<ICPCnotRequired>0</ICPCnotRequired>", "<DateOfInitialCPC>2026-02-20</DateOfInitialCPC><ICPCnotRequired>0</ICPCnotRequired>", StringComparison.Ordinal);

        var result = await ImportAsync(database, Message(bad));

        var problem = result.Problems.ShouldHaveSingleItem();
        (problem.LAChildId, problem.Element).ShouldBe(("P002", "DateOfInitialCPC"));
        problem.Message.ShouldBe("The child is already the subject of a child protection plan. Record a review conference instead");
        await AssertNothingSavedAsync(database);
    }

    private static async Task AssertNothingSavedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        (await db.Set<Child>().CountAsync()).ShouldBe(0);
        (await db.Set<Section47Enquiry>().CountAsync()).ShouldBe(0);
        (await db.Set<ChildProtectionPlan>().CountAsync()).ShouldBe(0);
        (await db.Set<ChildProtectionConference>().CountAsync()).ShouldBe(0);
        (await db.ChangeRecords.CountAsync()).ShouldBe(0);
    }

    private static string Message(params string[] children) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Message>
          <Header>
            <CollectionDetails>
              <Collection>CIN</Collection>
              <Year>2026</Year>
              <ReferenceDate>2026-03-31</ReferenceDate>
            </CollectionDetails>
            <Source>
              <SourceLevel>L</SourceLevel>
              <LEA>886</LEA>
              <SoftwareCode>TestCMS</SoftwareCode>
              <Release>0.1</Release>
              <SerialNo>001</SerialNo>
              <DateTime>2026-04-10T09:00:00</DateTime>
            </Source>
          </Header>
          <Children>
        {string.Join('\n', children)}
          </Children>
        </Message>
        """;

    private static async Task<CinCensusImportResult> ImportAsync(TestDatabase database, string xml)
    {
        await using var db = database.CreateContext();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var request = new CinCensusImportRequest(CinCollectionYear.Year2025To26, FileName, ActorId, "Data Officer", Now, Timescales.Standard);
        return await CinCensusImport.RunAsync(db, stream, request);
    }
}
