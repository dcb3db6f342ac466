using Hearth.Data;

namespace Hearth.Cli.Tests.Returns;

public sealed class ReturnsCommandTests : IDisposable
{
    private static readonly HearthDatabaseSettings NoDatabase = new(DatabaseProvider.Sqlite, "Data Source=unused.db");

    private readonly string _folder = Directory.CreateTempSubdirectory("hearth-returns-").FullName;

    private string IssuesPath => Path.Combine(_folder, "issues.csv");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task CinCheck_CleanSample_Exits0AndFindsOnlyTheReturnLevelQuery()
    {
        var run = await CliRun.InvokeAsync(NoDatabase, "returns", "cin", "check", Sample("samples/cin_clean_2026.xml"), "--year", "2025-26", "--issues", IssuesPath);

        run.ExitCode.ShouldBe(0, run.Error);
        var lines = await File.ReadAllLinesAsync(IssuesPath);
        lines[0].ShouldBe("child_id,rule_code,severity,message");
        lines.Skip(1).Select(l => l.Split(',')[..3]).ShouldBe([[string.Empty, "2887Q", "query"]]);
    }

    [Fact]
    public async Task CinCheck_DirtySample_WritesOneRowPerPlantedIssueAndSummarisesByRule()
    {
        var run = await CliRun.InvokeAsync(NoDatabase, "returns", "cin", "check", Sample("samples/cin_dirty_2026.xml"), "--year", "2025-26", "--issues", IssuesPath);

        run.ExitCode.ShouldBe(0, run.Error);
        var rows = (await File.ReadAllLinesAsync(IssuesPath)).Skip(1).Select(l => string.Join(',', l.Split(',')[..3])).Order(StringComparer.Ordinal);
        rows.ShouldBe([",100,error", ",2887Q,query", "C001,1510,error", "C001,8840,error", "C002,4011,error"]);
        run.Output.ShouldContain("2 children, 4 errors and 1 query");
        var line = run.Output.Split('\n').Single(l => l.TrimStart().StartsWith("8840 ", StringComparison.Ordinal));
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..3].ShouldBe(["8840", "error", "1"]);
        line.TrimEnd().ShouldEndWith("Child Protection Plan cannot start and end on the same day");
    }

    [Fact]
    public async Task CinCheck_FileFromAnotherSystemThatBreaksTheSchema_Exits0AndListsTheSchemaProblemsToo()
    {
        var run = await CliRun.InvokeAsync(NoDatabase, "returns", "cin", "check", Sample("cin/sample_d2i_CIN_Census_2026_fake.xml"), "--year", "2025-26", "--issues", IssuesPath);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("does not match the 2025-26 schema");
        var lines = await File.ReadAllLinesAsync(IssuesPath);
        lines.ShouldContain(l => l.StartsWith("DfEX0000001,schema,error,", StringComparison.Ordinal) && l.Contains("Sex", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("DfEX0000001,4180,error,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CinCheck_FileThatIsNotXml_Exits1WithOneLineSayingWhere()
    {
        var notXml = Path.Combine(_folder, "children.csv");
        await File.WriteAllTextAsync(notXml, "LAchildID,UPN\nC1,B886210000001\n");

        var run = await CliRun.InvokeAsync(NoDatabase, "returns", "cin", "check", notXml, "--year", "2025-26", "--issues", IssuesPath);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith("hearth: ");
        run.Error.ShouldContain("Line 1");
        run.Error.TrimEnd().ShouldNotContain('\n');
        File.Exists(IssuesPath).ShouldBeFalse();
    }

    [Fact]
    public async Task CinCheck_FileThatDoesNotExist_Exits1()
    {
        var run = await CliRun.InvokeAsync(NoDatabase, "returns", "cin", "check", Path.Combine(_folder, "missing.xml"), "--year", "2025-26");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith("hearth: ");
        run.Error.ShouldContain("does not exist");
    }

    [Fact]
    public async Task CinCheck_YearWithNoRules_Exits1NamingTheYearsThereAre()
    {
        var run = await CliRun.InvokeAsync(NoDatabase, "returns", "cin", "check", Sample("samples/cin_clean_2026.xml"), "--year", "2019-20");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith("hearth: --year:");
        run.Error.ShouldContain("2025-26");
    }

    [Fact]
    public async Task CinCheck_NoYear_ExitsNonZeroAskingForIt()
    {
        var run = await CliRun.InvokeAsync(NoDatabase, "returns", "cin", "check", Sample("samples/cin_clean_2026.xml"));

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("--year");
    }

    [Fact]
    public async Task CinCheck_NoIssuesFile_PrintsTheSummaryOnly()
    {
        var run = await CliRun.InvokeAsync(NoDatabase, "returns", "cin", "check", Sample("samples/cin_clean_2026.xml"), "--year", "2024-25");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("against the 2024-25 CIN census rules");
        run.Output.ShouldNotContain("Wrote");
    }

    /// <summary>The shared DfE fixtures live beside the repository clone in ../shared (HEARTH_SHARED overrides).</summary>
    private static string Sample(string relativePath)
    {
        var shared = Environment.GetEnvironmentVariable("HEARTH_SHARED") is { Length: > 0 } configured ? configured : null;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); shared is null && directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hearth.slnx")))
            {
                shared = Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared"));
            }
        }

        var path = Path.Combine(shared ?? string.Empty, "specs", relativePath);
        if (!File.Exists(path))
        {
            Assert.Fail($"The fixture {path} is missing. Put the shared folder beside the repository clone, or set HEARTH_SHARED to its path.");
        }

        return path;
    }
}
