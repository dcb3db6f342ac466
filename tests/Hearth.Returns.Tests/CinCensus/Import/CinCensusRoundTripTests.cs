using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Import;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;

namespace Hearth.Returns.Tests.CinCensus.Import;

public class CinCensusRoundTripTests
{
    private static readonly DateTimeOffset ImportedAt = new(2026, 4, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ExportedAt = new(2026, 4, 21, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [DatabaseData]
    public async Task ImportThenExport_CleanSample_GivesBackEveryElementOfEveryChild(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var original = XDocument.Load(SharedSpecs.PathTo("samples/cin_clean_2026.xml"));

        var exported = await ImportThenExportAsync(database, original.ToString(), LocalAuthorityOf(original));

        var exportedChildren = Children(exported).ToDictionary(LaChildId, StringComparer.Ordinal);
        Children(exported).Select(LaChildId).Order(StringComparer.Ordinal).ShouldBe(Children(original).Select(LaChildId).Order(StringComparer.Ordinal));
        foreach (var child in Children(original))
        {
            Flatten(exportedChildren[LaChildId(child)]).ShouldBe(Flatten(child), $"child {LaChildId(child)}");
        }
    }

    [Theory]
    [DatabaseData]
    public async Task ImportThenExport_CleanSample_HeaderKeepsTheCollectionAndLocalAuthorityButNamesHearthAsTheSoftwareThatMadeIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var original = XDocument.Load(SharedSpecs.PathTo("samples/cin_clean_2026.xml"));

        var exported = await ImportThenExportAsync(database, original.ToString(), LocalAuthorityOf(original));

        foreach (var name in new[] { "Collection", "Year", "ReferenceDate", "SourceLevel", "LEA" })
        {
            Value(exported, name).ShouldBe(Value(original, name), name);
        }

        Value(original, "SoftwareCode").ShouldNotBe(CinCensusBuilder.SoftwareCode);
        Value(exported, "SoftwareCode").ShouldBe(CinCensusBuilder.SoftwareCode);
        DateTimeOffset.Parse(Value(exported, "DateTime"), CultureInfo.InvariantCulture).ShouldBe(ExportedAt);
    }

    [Theory]
    [DatabaseData]
    public async Task ImportThenExport_TargetAndPreviousPlansFromAnotherSystem_ExportsHearthsOwnDerivationsOfThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var original = XDocument.Load(SharedSpecs.PathTo("samples/cin_clean_2026.xml"));
        var start = DateOnly.Parse(Value(original, "S47ActualStartDate"), CultureInfo.InvariantCulture);
        var hearthsTarget = Timescales.Standard.InitialChildProtectionConference.Evaluate(start, null, start).DueDate;
        original.Descendants("InitialCPCtarget").Single().Value = Iso(hearthsTarget.AddDays(3));
        original.Descendants("NumberOfPreviousCPP").Single().Value = "2";

        var exported = await ImportThenExportAsync(database, original.ToString(), LocalAuthorityOf(original));

        // InitialCPCtarget is 15 working days from the enquiry's start, on Hearth's own working calendar, fixed when the
        // enquiry starts; NumberOfPreviousCPP counts the plans Hearth holds for the child. Neither is taken from the file.
        Value(exported, "InitialCPCtarget").ShouldBe(Iso(hearthsTarget));
        Value(exported, "NumberOfPreviousCPP").ShouldBe("0");
    }

    [Theory]
    [DatabaseData]
    public async Task ImportThenExport_PlanWithoutAnEnquiry_ExportsTheInitialConferenceItStartedAtAsTheEpisodesDateOfInitialCpc(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var original = XDocument.Load(SharedSpecs.PathTo("samples/cin_clean_2026.xml"));
        original.Descendants("Section47").Single().Remove();
        var child = Children(original).Single(c => c.Descendants("ChildProtectionPlans").Any());
        var planStart = child.Descendants("CPPstartDate").Single().Value;
        child.Descendants("CINdetails").Single().Elements("DateOfInitialCPC").ShouldBeEmpty();

        var exported = await ImportThenExportAsync(database, original.ToString(), LocalAuthorityOf(original));

        // A plan starts at an initial conference, so Hearth records one on the plan's start date; with no enquiry in the
        // episode, the census reports that conference as the episode's DateOfInitialCPC, which the original file left out.
        var exportedChild = Children(exported).Single(c => LaChildId(c) == LaChildId(child));
        exportedChild.Descendants("CINdetails").Single().Element("DateOfInitialCPC")!.Value.ShouldBe(planStart);
        exportedChild.Descendants("CINdetails").Single().Element("DateOfInitialCPC")!.Remove();
        Flatten(exportedChild).ShouldBe(Flatten(child));
    }

    [Theory]
    [DatabaseData]
    public async Task ImportThenExport_PlanEndedBetweenReviews_GivesBackTheEndDateAndNoExtraReview(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var original = XDocument.Load(SharedSpecs.PathTo("samples/cin_clean_2026.xml"));
        var plan = original.Descendants("ChildProtectionPlans").Single();
        var lastReview = DateOnly.Parse(plan.Descendants("CPPreviewDate").Last().Value, CultureInfo.InvariantCulture);
        plan.Element("CPPstartDate")!.AddAfterSelf(new XElement("CPPendDate", Iso(lastReview.AddDays(7))));
        var child = plan.Ancestors("Child").Single();

        var exported = await ImportThenExportAsync(database, original.ToString(), LocalAuthorityOf(original));

        Flatten(Children(exported).Single(c => LaChildId(c) == LaChildId(child))).ShouldBe(Flatten(child));
    }

    [Theory]
    [DatabaseData]
    public async Task ExportImportExport_FixedScenario_GivesTheSameFileAgain(DatabaseProvider provider)
    {
        await using var scenarioDatabase = await TestDatabase.CreateAsync(provider);
        await new TestData(scenarioDatabase.CreateContext, new FakeClock(CinCensusTestData.AfterTheYear)).CreateCinCensusScenarioAsync(scenarioDatabase.CreateContext);
        var first = await ExportAsync(scenarioDatabase, LocalAuthorityCode.Demo);
        await using var emptyDatabase = await TestDatabase.CreateAsync(provider);

        var second = await ImportThenExportAsync(emptyDatabase, first, LocalAuthorityCode.Demo);

        second.ToString().ShouldBe(XDocument.Parse(first).ToString());
    }

    private static async Task<XDocument> ImportThenExportAsync(TestDatabase database, string xml, LocalAuthorityCode localAuthority)
    {
        await using (var db = database.CreateContext())
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
            var request = new CinCensusImportRequest(CinCollectionYear.Year2025To26, "round_trip.xml", Guid.CreateVersion7(), "Data Officer", ImportedAt, Timescales.Standard);
            var result = await CinCensusImport.RunAsync(db, stream, request);
            result.Problems.ShouldBeEmpty();
        }

        return XDocument.Parse(await ExportAsync(database, localAuthority));
    }

    private static async Task<string> ExportAsync(TestDatabase database, LocalAuthorityCode localAuthority)
    {
        await using var db = database.CreateContext();
        var snapshot = await CinCensusSource.LoadAsync(db, CinCollectionYear.Year2025To26);
        return CinCensusWriter.WriteToString(CinCensusBuilder.Build(snapshot, localAuthority, ExportedAt));
    }

    private static LocalAuthorityCode LocalAuthorityOf(XDocument file) =>
        LocalAuthorityCode.TryCreate(Value(file, "LEA"), out var code, out var error) ? code : throw new InvalidOperationException(error);

    private static IEnumerable<XElement> Children(XDocument file) => file.Descendants("Child");

    private static string LaChildId(XElement child) => child.Descendants("LAchildID").Single().Value;

    private static string Value(XDocument file, string name) => file.Descendants(name).First().Value;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Every element of the child that carries a value, as its path under the child and its value, in file order.</summary>
    private static List<string> Flatten(XElement child) =>
    [
        .. child.Descendants()
            .Where(e => !e.HasElements)
            .Select(e => $"{string.Join('/', e.AncestorsAndSelf().TakeWhile(a => a != child).Reverse().Select(a => a.Name.LocalName))}={e.Value.Trim()}"),
    ];
}
