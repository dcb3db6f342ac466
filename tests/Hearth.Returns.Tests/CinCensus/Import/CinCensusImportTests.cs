using System.Text;
using System.Xml.Linq;
using Hearth.Data;
using Hearth.Domain.Assessments;
using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildInNeed;
using Hearth.Domain.Children;
using Hearth.Domain.Referrals;
using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Import;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Returns.Tests.CinCensus.Import;

public class CinCensusImportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid ActorId = new("00000000-0000-7000-8000-00000000c1a0");

    [Theory]
    [DatabaseData]
    public async Task RunAsync_CleanSample_ImportsEveryChildEpisodeAssessmentAndPlan(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = XDocument.Load(SharedSpecs.PathTo("samples/cin_clean_2026.xml"));
        var expectedChildren = Elements(file, "Child").Select(c => (
            Id: Value(c, "LAchildID"),
            Born: DateOnly.Parse(Value(c, "PersonBirthDate"), System.Globalization.CultureInfo.InvariantCulture),
            Sex: Value(c, "Sex"),
            Ethnicity: Value(c, "Ethnicity"))).OrderBy(c => c.Id, StringComparer.Ordinal).ToList();

        var result = await ImportAsync(database, file);

        result.Problems.ShouldBeEmpty();
        result.Imported.ShouldBeTrue();
        await using var db = database.CreateContext();
        var children = (await db.Set<Child>().ToListAsync()).OrderBy(c => c.LaChildId.Value, StringComparer.Ordinal).ToList();
        children.Select(c => (c.LaChildId.Value, c.DateOfBirth!.Value, c.Sex.Code, c.Ethnicity.Code))
            .ShouldBe(expectedChildren.Select(c => (c.Id, c.Born, c.Sex, c.Ethnicity)));
        (await db.Set<ChildInNeedEpisode>().Select(e => e.ReferralDate).ToListAsync()).Order()
            .ShouldBe(Elements(file, "CINreferralDate").Select(Date).Order());
        (await db.Set<ChildInNeedEpisode>().Where(e => e.ClosureDate != null).Select(e => e.ClosureDate!.Value).ToListAsync()).Order()
            .ShouldBe(Elements(file, "CINclosureDate").Select(Date).Order());
        var assessments = await db.Set<ChildAndFamilyAssessment>().ToListAsync();
        assessments.Select(a => a.StartDate).Order().ShouldBe(Elements(file, "AssessmentActualStartDate").Select(Date).Order());
        assessments.Select(a => a.AuthorisedOn!.Value).Order().ShouldBe(Elements(file, "AssessmentAuthorisationDate").Select(Date).Order());
        assessments.SelectMany(a => a.Factors.Select(f => f.Code)).Order(StringComparer.Ordinal)
            .ShouldBe(Elements(file, "AssessmentFactors").Select(e => e.Value).Order(StringComparer.Ordinal));
        result.Summary.ChildrenAdded.ShouldBe(expectedChildren.Count);
        result.Summary.Section47EnquiriesAdded.ShouldBe(Elements(file, "Section47").Count());
        result.Summary.ChildProtectionPlansAdded.ShouldBe(Elements(file, "ChildProtectionPlans").Count());
        result.Summary.ReviewConferencesAdded.ShouldBe(Elements(file, "CPPreviewDate").Count());
        var registered = await db.ChangeRecords.Where(r => r.Summary == "Child registered").ToListAsync();
        registered.Count.ShouldBe(expectedChildren.Count);
        registered.ShouldAllBe(r => r.ActorId == ActorId && r.Reason!.Contains("cin_clean_2026.xml"));
    }

    [Theory]
    [DatabaseData]
    public async Task RunAsync_SameFileTwice_SecondImportAddsNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = XDocument.Load(SharedSpecs.PathTo("samples/cin_clean_2026.xml"));
        await ImportAsync(database, file);
        int changesAfterFirst;
        await using (var db = database.CreateContext())
        {
            changesAfterFirst = await db.ChangeRecords.CountAsync();
        }

        var second = await ImportAsync(database, file);

        second.Imported.ShouldBeTrue();
        second.Summary.ChangedNothing.ShouldBeTrue();
        second.Summary.ChildrenAlreadyInHearth.ShouldBe(Elements(file, "Child").Count());
        second.Summary.EpisodesAlreadyInHearth.ShouldBe(Elements(file, "CINdetails").Count());
        second.Summary.Section47EnquiriesAlreadyInHearth.ShouldBe(Elements(file, "Section47").Count());
        second.Summary.ChildProtectionPlansAlreadyInHearth.ShouldBe(Elements(file, "ChildProtectionPlans").Count());
        second.Summary.ReviewConferencesAlreadyInHearth.ShouldBe(Elements(file, "CPPreviewDate").Count());
        second.Summary.LeftOutOfEpisodesAlreadyInHearth.ShouldBe(0);
        await using var after = database.CreateContext();
        (await after.Set<Child>().CountAsync()).ShouldBe(Elements(file, "Child").Count());
        (await after.Set<ChildInNeedEpisode>().CountAsync()).ShouldBe(Elements(file, "CINdetails").Count());
        (await after.ChangeRecords.CountAsync()).ShouldBe(changesAfterFirst);
    }

    [Theory]
    [DatabaseData]
    public async Task RunAsync_OneChildBreaksARule_ImportsNothingAndNamesTheChild(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = XDocument.Load(SharedSpecs.PathTo("samples/cin_clean_2026.xml"));
        var bad = Elements(file, "Child").Last();
        var badId = Value(bad, "LAchildID");
        var referral = bad.Descendants().First(e => e.Name.LocalName == "CINreferralDate");
        referral.AddAfterSelf(
            new XElement(referral.Name.Namespace + "ReferralSource", "1A"),
            new XElement(referral.Name.Namespace + "PrimaryNeedCode", "N1"),
            new XElement(referral.Name.Namespace + "CINclosureDate", Date(referral).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new XElement(referral.Name.Namespace + "ReasonForClosure", "RC1"));
        foreach (var duplicate in referral.ElementsAfterSelf().Skip(4).Where(e => e.Name.LocalName is "ReferralSource" or "PrimaryNeedCode" or "CINclosureDate" or "ReasonForClosure").ToList())
        {
            duplicate.Remove();
        }

        var result = await ImportAsync(database, file);

        result.Imported.ShouldBeFalse();
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.LAChildId.ShouldBe(badId);
        problem.Element.ShouldBe("CINclosureDate");
        problem.Message.ShouldStartWith("The closure date cannot be before the referral date");
        await using var db = database.CreateContext();
        (await db.Set<Child>().CountAsync()).ShouldBe(0);
        (await db.ChangeRecords.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task RunAsync_FileBreaksTheSchemaAndXml_ReportsEveryProblemWithItsLine()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var text = await File.ReadAllTextAsync(SharedSpecs.PathTo("samples/cin_clean_2026.xml"));
        var lines = text.Split('\n').ToList();
        var sexLine = lines.FindIndex(l => l.Contains("<Sex>", StringComparison.Ordinal));
        lines[sexLine] = lines[sexLine].Replace("<Sex>F</Sex>", "<Sex>Q</Sex>", StringComparison.Ordinal).Replace("<Sex>M</Sex>", "<Sex>Q</Sex>", StringComparison.Ordinal);
        var lastChildEnd = lines.FindLastIndex(l => l.Contains("</Child>", StringComparison.Ordinal));
        lines[lastChildEnd] = lines[lastChildEnd].Replace("</Child>", "</Chidl>", StringComparison.Ordinal);

        var result = await ImportAsync(database, string.Join('\n', lines));

        result.Imported.ShouldBeFalse();
        result.Problems.ShouldContain(p => p.LineNumber == sexLine + 1 && p.Element == "Sex");
        result.Problems.ShouldContain(p => p.LineNumber == lastChildEnd + 1);
        await using var db = database.CreateContext();
        (await db.Set<Child>().CountAsync()).ShouldBe(0);
    }

    [Theory]
    [DatabaseData]
    public async Task RunAsync_FormerUpnDeathAndNoFurtherAction_RecordsThemThroughTheDomain(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = XDocument.Load(SharedSpecs.PathTo("samples/cin_clean_2026.xml"));
        var children = Elements(file, "Child").ToList();
        var first = children[0];
        var formerUpn = Value(children[1], "UPN");
        var ns = first.Name.Namespace;
        first.Descendants().First(e => e.Name.LocalName == "UPN").AddAfterSelf(new XElement(ns + "FormerUPN", formerUpn));
        first.Descendants().First(e => e.Name.LocalName == "Sex").AddAfterSelf(new XElement(ns + "PersonDeathDate", "2026-02-01"));
        var nfa = new XElement(
            ns + "CINdetails",
            new XElement(ns + "CINreferralDate", "2025-04-02"),
            new XElement(ns + "ReferralSource", "1A"),
            new XElement(ns + "PrimaryNeedCode", "N1"),
            new XElement(ns + "CINclosureDate", "2025-04-02"),
            new XElement(ns + "ReasonForClosure", "RC8"),
            new XElement(ns + "ReferralNFA", "1"));
        first.Elements().First(e => e.Name.LocalName == "CINdetails").AddBeforeSelf(nfa);

        var result = await ImportAsync(database, file);

        result.Problems.ShouldBeEmpty();
        await using var db = database.CreateContext();
        var child = (await db.Set<Child>().ToListAsync()).Single(c => c.LaChildId.Value == Value(first, "LAchildID"));
        child.FormerUpns.Select(u => u.Value).ShouldBe([formerUpn]);
        child.DateOfDeath.ShouldBe(new DateOnly(2026, 2, 1));
        var episode = await db.Set<ChildInNeedEpisode>().SingleAsync(e => e.ChildId == child.Id && e.ReferralDate == new DateOnly(2025, 4, 2));
        episode.IsReferralNoFurtherAction.ShouldBeTrue();
        episode.ClosureDate.ShouldBe(new DateOnly(2025, 4, 2));
        episode.ClosureReason.ShouldBe(ClosureReason.NoFurtherActionAfterAssessment);
        (await db.ChangeRecords.CountAsync(r => r.ChildId == child.Id && r.Summary == "Referral ended with no further action")).ShouldBe(1);
    }

    private static Task<CinCensusImportResult> ImportAsync(TestDatabase database, XDocument file) => ImportAsync(database, file.ToString());

    private static async Task<CinCensusImportResult> ImportAsync(TestDatabase database, string xml)
    {
        await using var db = database.CreateContext();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var request = new CinCensusImportRequest(CinCollectionYear.Year2025To26, "cin_clean_2026.xml", ActorId, "Data Officer", Now, Timescales.Standard);
        return await CinCensusImport.RunAsync(db, stream, request);
    }

    private static IEnumerable<XElement> Elements(XDocument file, string name) => file.Descendants().Where(e => e.Name.LocalName == name);

    private static string Value(XElement parent, string name) => parent.Descendants().First(e => e.Name.LocalName == name).Value;

    private static DateOnly Date(XElement element) => DateOnly.Parse(element.Value, System.Globalization.CultureInfo.InvariantCulture);
}
