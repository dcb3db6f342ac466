using System.Xml.Linq;
using Hearth.Data;
using Hearth.Returns.CinCensus;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.Extensions.Configuration;

namespace Hearth.Cli.Tests.Returns;

public sealed class CinBuildCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hearth-build-").FullName;

    private string OutPath => Path.Combine(_folder, "cin.xml");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [DatabaseData]
    public async Task CinBuild_Scenario_WritesAFileTheCheckCommandReadsAndSaysWhatItHolds(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var scenario = await new TestData(database.CreateContext, new FakeClock(CinCensusTestData.AfterTheYear)).CreateCinCensusScenarioAsync(database.CreateContext);

        var run = await CliRun.InvokeAsync(database.Settings, "returns", "cin", "build", "--year", "2025-26", "--out", OutPath);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldBeEmpty();
        run.Output.ShouldContain("3 children, 3 episodes, 2 assessments, 1 child in need plans, 1 section 47 enquiries and 1 child protection plans");
        run.Output.ShouldContain("0 errors and 2 queries");
        var file = XDocument.Load(OutPath);
        file.Descendants("LAchildID").Select(e => e.Value).ShouldBe(
            [scenario.ChildProtection.LaChildId.Value, scenario.ChildInNeedPlan.LaChildId.Value, scenario.NoFurtherAction.LaChildId.Value]);
        file.Descendants("LEA").Single().Value.ShouldBe("802");
        var check = await CliRun.InvokeAsync(database.Settings, "returns", "cin", "check", OutPath, "--year", "2025-26");
        check.ExitCode.ShouldBe(0, check.Error);
        check.Output.ShouldNotContain("does not match");
    }

    [Fact]
    public async Task CinBuild_LocalAuthorityCodeConfigured_PutsItInTheHeader()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await new TestData(database.CreateContext, new FakeClock(CinCensusTestData.AfterTheYear)).CreateCinCensusScenarioAsync(database.CreateContext);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hearth:Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Hearth"] = database.Settings.ConnectionString,
            ["Hearth:LocalAuthority:Code"] = "330",
        }).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await HearthCommands.InvokeAsync(configuration, ["returns", "cin", "build", "--year", "2025-26", "--out", OutPath], output, error);

        exitCode.ShouldBe(0, error.ToString());
        XDocument.Load(OutPath).Descendants("LEA").Single().Value.ShouldBe("330");
        output.ToString().ShouldContain("local authority 330");
    }

    [Fact]
    public async Task CinBuild_EarlierYear_WritesAFileValidForThatYear()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var data = new TestData(database.CreateContext, new FakeClock(CinCensusTestData.AfterTheYear));
        var child = await data.CreateChildAsync(dateOfBirth: new DateOnly(2015, 1, 1));
        await data.OpenEpisodeAsync(database.CreateContext, child.Id, new DateOnly(2024, 6, 3));

        var run = await CliRun.InvokeAsync(database.Settings, "returns", "cin", "build", "--year", "2024-25", "--out", OutPath);

        run.ExitCode.ShouldBe(0, run.Error);
        using var reader = CinCensusReader.Open(OutPath, CinCollectionYear.Year2024To25);
        reader.ReadChildren().Single().LAChildId.ShouldBe(child.LaChildId.Value);
        reader.Problems.ShouldBeEmpty();
        XDocument.Load(OutPath).Descendants("ReferenceDate").Single().Value.ShouldBe("2025-03-31");
    }

    [Fact]
    public async Task CinBuild_UnknownYear_Exits1NamingTheYearsThereAre()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await CliRun.InvokeAsync(database.Settings, "returns", "cin", "build", "--year", "2019-20", "--out", OutPath);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldBe("hearth: --year: '2019-20' is not a CIN census collection year Hearth supports: use 2024-25 or 2025-26" + Environment.NewLine);
        File.Exists(OutPath).ShouldBeFalse();
    }

    [Fact]
    public async Task CinBuild_FolderThatDoesNotExist_Exits1SayingTheFileCannotBeWritten()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var path = Path.Combine(_folder, "missing", "cin.xml");

        var run = await CliRun.InvokeAsync(database.Settings, "returns", "cin", "build", "--year", "2025-26", "--out", path);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith($"hearth: --out: {path} cannot be written");
    }

    [Fact]
    public async Task CinBuild_OutIsAFolder_Exits1SayingTheFileCannotBeWritten()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await CliRun.InvokeAsync(database.Settings, "returns", "cin", "build", "--year", "2025-26", "--out", _folder);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith($"hearth: --out: {_folder} cannot be written");
        run.Error.TrimEnd().ShouldNotContain('\n');
    }

    [Fact]
    public async Task CinBuild_DatabaseNotMigrated_SaysToRunMigrate()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Sqlite);

        var run = await CliRun.InvokeAsync(database.Settings, "returns", "cin", "build", "--year", "2025-26", "--out", OutPath);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("Run 'hearth migrate' first");
        File.Exists(OutPath).ShouldBeFalse();
    }

    [Fact]
    public async Task CinBuild_NoDatabaseServer_Exits1WithOneLine()
    {
        var unreachable = new HearthDatabaseSettings(DatabaseProvider.Postgres, "Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=2");

        var run = await CliRun.InvokeAsync(unreachable, "returns", "cin", "build", "--year", "2025-26", "--out", OutPath);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith("hearth: ");
        run.Error.TrimEnd().ShouldNotContain('\n');
        File.Exists(OutPath).ShouldBeFalse();
    }

    [Fact]
    public async Task CinBuild_NoChildrenInTheYear_WritesTheFileAndWarnsTheDfeWillNotAcceptIt()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await CliRun.InvokeAsync(database.Settings, "returns", "cin", "build", "--year", "2025-26", "--out", OutPath);

        run.ExitCode.ShouldBe(0);
        run.Output.ShouldContain("0 children");
        run.Error.ShouldContain("no child had child in need activity in 2025-26");
    }
}
