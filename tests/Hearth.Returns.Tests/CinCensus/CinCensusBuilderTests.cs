using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Hearth.Data;
using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Checks;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;

namespace Hearth.Returns.Tests.CinCensus;

public class CinCensusBuilderTests
{
    private static readonly string ApprovedFile = Path.Combine(AppContext.BaseDirectory, "CinCensus", "Approved", "cin_scenario_2025_26.approved.xml");

    [Theory]
    [DatabaseData]
    public async Task Build_FixedScenario_MatchesTheApprovedFile(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await new TestData(database.CreateContext, new FakeClock(CinCensusTestData.AfterTheYear)).CreateCinCensusScenarioAsync(database.CreateContext);

        var xml = await ExportAsync(database, CinCollectionYear.Year2025To26);

        if (!File.Exists(ApprovedFile) || !XNode.DeepEquals(Normalise(XDocument.Parse(xml)), Normalise(XDocument.Load(ApprovedFile))))
        {
            var receivedPath = Path.Combine(Path.GetTempPath(), "cin_scenario_2025_26.received.xml");
            await File.WriteAllTextAsync(receivedPath, xml);
            Assert.Fail($"The export differs from the approved file {ApprovedFile}; it is in {receivedPath}.\n{xml}");
        }
    }

    [Theory]
    [InlineData("2024-25")]
    [InlineData("2025-26")]
    public async Task Build_FixedScenario_IsValidAgainstTheYearsSchema(string label)
    {
        CinCollectionYear.TryParse(label, out var year, out _).ShouldBeTrue();
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var data = new TestData(database.CreateContext, new FakeClock(CinCensusTestData.AfterTheYear));
        await data.CreateCinCensusScenarioAsync(database.CreateContext);
        await data.OpenEpisodeAsync(database.CreateContext, (await data.CreateChildAsync(dateOfBirth: new DateOnly(2015, 1, 1))).Id, new DateOnly(2024, 6, 3));

        var xml = await ExportAsync(database, year!);

        SchemaErrors(xml, year!).ShouldBeEmpty(xml);
    }

    [Fact]
    public async Task Build_FixedScenario_HasOnlyTheChildrenWithActivityInTheYear()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var scenario = await new TestData(database.CreateContext, new FakeClock(CinCensusTestData.AfterTheYear)).CreateCinCensusScenarioAsync(database.CreateContext);

        await using var db = database.CreateContext();
        var message = CinCensusBuilder.Build(
            await CinCensusSource.LoadAsync(db, CinCollectionYear.Year2025To26), LocalAuthorityCode.Demo, CinCensusTestData.AfterTheYear);

        message.Children.Select(c => c.LAChildId).ShouldBe(
            [scenario.ChildProtection.LaChildId.Value, scenario.ChildInNeedPlan.LaChildId.Value, scenario.NoFurtherAction.LaChildId.Value]);
        message.Header!.LocalAuthorityCode.ShouldBe("802");
        message.Header.ReferenceDate.ShouldBe(new DateOnly(2026, 3, 31));
    }

    [Fact]
    public async Task Build_ChildProtectionJourney_DerivesTheTargetPreviousPlansAndReviews()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var scenario = await new TestData(database.CreateContext, new FakeClock(CinCensusTestData.AfterTheYear)).CreateCinCensusScenarioAsync(database.CreateContext);

        var child = await BuildChildAsync(database, scenario.ChildProtection.Id);

        var details = child.CinDetails.ShouldHaveSingleItem();
        var enquiry = details.Section47s.ShouldHaveSingleItem();
        enquiry.ActualStartDate.ShouldBe(new DateOnly(2025, 6, 3));
        enquiry.InitialCpcTarget.ShouldBe(new DateOnly(2025, 6, 24), "15 working days after the strategy discussion on Tuesday 3 June 2025");
        enquiry.DateOfInitialCpc.ShouldBe(new DateOnly(2025, 6, 20));
        enquiry.IcpcNotRequired.ShouldBe("0");
        details.DateOfInitialCpc.ShouldBeNull("the conference is reported with its enquiry, not again at episode level (rule 2884)");
        var plan = details.ChildProtectionPlans.ShouldHaveSingleItem();
        plan.NumberOfPreviousCpp.ShouldBe(0);
        plan.InitialCategoryOfAbuse.ShouldBe("NEG");
        plan.LatestCategoryOfAbuse.ShouldBe("EMO");
        plan.ReviewDates.ShouldBe([new DateOnly(2025, 9, 19), new DateOnly(2026, 3, 13)]);
        details.ReferralNfa.ShouldBe("0");
        child.Identifiers.Upn.ShouldBe("A88621000001A");
        child.Identifiers.UpnUnknown.ShouldBeNull();
        child.Characteristics.Disabilities.ShouldBe(["COMM", "BEH"]);
    }

    [Fact]
    public async Task Build_NoFurtherActionReferral_IsFlaggedAndTheUpnIsUnknownForThatReason()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var scenario = await new TestData(database.CreateContext, new FakeClock(CinCensusTestData.AfterTheYear)).CreateCinCensusScenarioAsync(database.CreateContext);

        var child = await BuildChildAsync(database, scenario.NoFurtherAction.Id);

        child.Identifiers.UpnUnknown.ShouldBe("UN7");
        var details = child.CinDetails.ShouldHaveSingleItem();
        details.ReferralNfa.ShouldBe("1");
        details.CinClosureDate.ShouldBe(new DateOnly(2026, 3, 4));
        details.ReasonForClosure.ShouldBe("RC8");
    }

    [Fact]
    public async Task Build_ChildUnderSchoolAgeWithoutUpn_GivesUn1AndTheCompletedAssessmentsFactors()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var scenario = await new TestData(database.CreateContext, new FakeClock(CinCensusTestData.AfterTheYear)).CreateCinCensusScenarioAsync(database.CreateContext);

        var child = await BuildChildAsync(database, scenario.ChildInNeedPlan.Id);

        child.Identifiers.UpnUnknown.ShouldBe("UN1");
        var details = child.CinDetails.ShouldHaveSingleItem();
        details.Assessments.ShouldHaveSingleItem().Factors.ShouldBe(["3B", "4B"]);
        details.CinPlanDates.ShouldHaveSingleItem().EndDate.ShouldBe(new DateOnly(2026, 1, 15));
        details.CinClosureDate.ShouldBe(new DateOnly(2026, 2, 2));
        details.ReasonForClosure.ShouldBe("RC7");
    }

    [Fact]
    public async Task Build_EpisodeClosedAfterTheReferenceDate_IsReportedOpen()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var data = new TestData(database.CreateContext, new FakeClock(new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero)));
        var child = await data.CreateChildAsync(dateOfBirth: new DateOnly(2015, 1, 1));
        var episode = await data.OpenEpisodeAsync(database.CreateContext, child.Id, new DateOnly(2026, 2, 2));
        await using (var db = database.CreateContext())
        {
            var tracked = await db.Set<Hearth.Domain.Referrals.ChildInNeedEpisode>().FindAsync(episode.Id);
            tracked!.Close(new DateOnly(2026, 4, 20), Hearth.Domain.Referrals.ClosureReason.ServicesCeased, [], data.Today, data.Change());
            await db.SaveChangesAsync();
        }

        var built = await BuildChildAsync(database, child.Id);

        var details = built.CinDetails.ShouldHaveSingleItem();
        details.CinClosureDate.ShouldBeNull();
        details.ReasonForClosure.ShouldBeNull();
    }

    [Fact]
    public async Task Check_FixedScenario_QueriesOnlyTheNoFurtherActionClosureWithoutAssessment()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var scenario = await new TestData(database.CreateContext, new FakeClock(CinCensusTestData.AfterTheYear)).CreateCinCensusScenarioAsync(database.CreateContext);
        await using var db = database.CreateContext();
        var message = CinCensusBuilder.Build(
            await CinCensusSource.LoadAsync(db, CinCollectionYear.Year2025To26), LocalAuthorityCode.Demo, CinCensusTestData.AfterTheYear);

        var result = CinCensusRuleSets.For(CinCollectionYear.Year2025To26).Check(message);

        result.Issues.Where(i => !i.IsReturnLevel).Select(i => (i.LAChildId, i.RuleCode))
            .ShouldBe([(scenario.NoFurtherAction.LaChildId.Value, "8825Q")], string.Join("\n", result.Issues));
    }

    private static async Task<CinChild> BuildChildAsync(TestDatabase database, Guid childId)
    {
        await using var db = database.CreateContext();
        var snapshot = await CinCensusSource.LoadChildAsync(db, CinCollectionYear.Year2025To26, childId);
        return CinCensusBuilder.BuildChildren(snapshot).ShouldHaveSingleItem().Child;
    }

    private static async Task<string> ExportAsync(TestDatabase database, CinCollectionYear year)
    {
        await using var db = database.CreateContext();
        var message = CinCensusBuilder.Build(await CinCensusSource.LoadAsync(db, year), LocalAuthorityCode.Demo, CinCensusTestData.AfterTheYear);
        return CinCensusWriter.WriteToString(message);
    }

    private static List<string> SchemaErrors(string xml, CinCollectionYear year)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = CinCensusSchemas.For(year) };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} at line {e.Exception.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(Encoding.UTF8.GetBytes(xml)), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static XElement Normalise(XDocument document)
    {
        var root = new XElement(document.Root!);
        root.Descendants("Release").Remove();
        return root;
    }
}
