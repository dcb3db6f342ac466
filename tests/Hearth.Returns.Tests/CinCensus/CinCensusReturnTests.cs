using System.Text;
using Hearth.Data;
using Hearth.Returns.CinCensus;
using Hearth.Returns.CinCensus.Checks;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;

namespace Hearth.Returns.Tests.CinCensus;

public class CinCensusReturnTests
{
    private static readonly CinCollectionYear Year = CinCollectionYear.Year2025To26;

    [Theory]
    [DatabaseData]
    public async Task WriteAsync_InPartsOfOneChild_WritesAndChecksExactlyWhatTheWholeSnapshotGives(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await new TestData(database.CreateContext, new FakeClock(CinCensusTestData.AfterTheYear)).CreateCinCensusScenarioAsync(database.CreateContext);
        await using var db = database.CreateContext();
        var snapshot = await CinCensusSource.LoadAsync(db, Year);
        var message = CinCensusBuilder.Build(snapshot, LocalAuthorityCode.Demo, CinCensusTestData.AfterTheYear);
        var whole = CinCensusWriter.WriteToString(message);
        var wholeIssues = CinCensusRuleSets.For(Year).Check(message).Issues;

        using var stream = new MemoryStream();
        var built = await CinCensusReturn.WriteAsync(db, Year, LocalAuthorityCode.Demo, CinCensusTestData.AfterTheYear, stream, childrenPerPart: 1);

        message.Children.Count.ShouldBeGreaterThan(2, "the scenario needs several parts");
        Encoding.UTF8.GetString(stream.ToArray()).ShouldBe(whole);
        built.Check.Issues.ShouldBe(wholeIssues);
        built.Children.ShouldBe(message.Children.Count);
        built.Check.ChildrenChecked.ShouldBe(message.Children.Count);
        (built.Episodes, built.Assessments, built.ChildInNeedPlans, built.Section47Enquiries, built.ChildProtectionPlans)
            .ShouldBe((snapshot.Episodes.Count, snapshot.Assessments.Count, snapshot.ChildInNeedPlans.Count, snapshot.Enquiries.Count, snapshot.ChildProtectionPlans.Count));
    }

    [Fact]
    public async Task WriteAsync_NoChildInNeedActivityInTheYear_WritesAnEmptyReturnWithItsHeader()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        using var stream = new MemoryStream();

        var built = await CinCensusReturn.WriteAsync(db, Year, LocalAuthorityCode.Demo, CinCensusTestData.AfterTheYear, stream);

        built.Children.ShouldBe(0);
        var xml = Encoding.UTF8.GetString(stream.ToArray());
        xml.ShouldContain("<LEA>" + LocalAuthorityCode.Demo.Value + "</LEA>");
        xml.ShouldContain("<Children />");
    }
}
