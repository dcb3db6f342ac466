using Hearth.Data;
using Hearth.Domain.Children;
using Hearth.Domain.Referrals;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Cli.Tests.Import;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hearth-import-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [DatabaseData]
    public async Task ImportCin_CleanSample_Exits0AddsTheChildrenAndSummarises(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var sample = Sample("samples/cin_clean_2026.xml");
        var text = await File.ReadAllTextAsync(sample);
        var childrenInFile = text.Split("<Child>").Length - 1;
        var section47s = text.Split("<Section47>").Length - 1;
        var protectionPlans = text.Split("<ChildProtectionPlans>").Length - 1;

        var run = await CliRun.InvokeAsync(database.Settings, "import", "cin", sample, "--year", "2025-26");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain($"{childrenInFile} children added");
        run.Output.ShouldContain(section47s == 1 ? "1 section 47 enquiry added" : $"{section47s} section 47 enquiries added");
        run.Output.ShouldContain(protectionPlans == 1 ? "1 child protection plan added" : $"{protectionPlans} child protection plans added");
        await using var db = database.CreateContext();
        (await db.Set<Child>().CountAsync()).ShouldBe(childrenInFile);
        (await db.ChangeRecords.Where(r => r.Summary == "Child registered").Select(r => r.ActorName).Distinct().ToListAsync())
            .ShouldBe(["CIN census import (command line)"]);
    }

    [Fact]
    public async Task ImportCin_SameFileTwice_SaysNothingChangedTheSecondTime()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var sample = Sample("samples/cin_clean_2026.xml");
        (await CliRun.InvokeAsync(database.Settings, "import", "cin", sample)).ExitCode.ShouldBe(0);

        var second = await CliRun.InvokeAsync(database.Settings, "import", "cin", sample);

        second.ExitCode.ShouldBe(0, second.Error);
        second.Output.ShouldContain("already in Hearth, so nothing was changed");
        await using var db = database.CreateContext();
        (await db.Set<ChildInNeedEpisode>().CountAsync()).ShouldBe((await File.ReadAllTextAsync(sample)).Split("<CINdetails>").Length - 1);
    }

    [Fact]
    public async Task ImportCin_FileBreaksTheSchema_Exits1ListsTheProblemAndWritesTheReport()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var lines = (await File.ReadAllTextAsync(Sample("samples/cin_clean_2026.xml"))).Split('\n');
        var ethnicityLine = Array.FindIndex(lines, l => l.Contains("<Ethnicity>", StringComparison.Ordinal));
        lines[ethnicityLine] = "        <Ethnicity>ZZZZ</Ethnicity>";
        var bad = Path.Combine(_folder, "bad.xml");
        await File.WriteAllTextAsync(bad, string.Join('\n', lines));
        var report = Path.Combine(_folder, "problems.csv");

        var run = await CliRun.InvokeAsync(database.Settings, "import", "cin", bad, "--report", report);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain($"nothing was imported from {bad}");
        run.Error.ShouldContain($"line {ethnicityLine + 1}");
        var rows = await File.ReadAllLinesAsync(report);
        rows[0].ShouldBe("line,la_child_id,element,message");
        rows.Skip(1).ShouldContain(r => r.StartsWith($"{ethnicityLine + 1},", StringComparison.Ordinal) && r.Contains(",Ethnicity,", StringComparison.Ordinal));
        await using var db = database.CreateContext();
        (await db.Set<Child>().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task ImportCin_NoSuchFile_Exits1SayingSo()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var missing = Path.Combine(_folder, "missing.xml");

        var run = await CliRun.InvokeAsync(database.Settings, "import", "cin", missing);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain($"{missing} does not exist");
    }

    [Fact]
    public async Task ImportCin_UnknownYear_Exits1NamingTheSupportedYears()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await CliRun.InvokeAsync(database.Settings, "import", "cin", Sample("samples/cin_clean_2026.xml"), "--year", "2019-20");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("2024-25 or 2025-26");
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
