using Xunit;

namespace Hearth.TestSupport;

/// <summary>
/// Finds the DfE specification files and hand-made fixtures, which live beside the repository clone in ../shared
/// (HEARTH_SHARED overrides, for worktrees that sit elsewhere). A missing file fails the test. The domain tests, which
/// stand apart from the database and the web host, compile this same file in.
/// </summary>
public static class SharedSpecs
{
    public static string PathTo(string relativePath)
    {
        var shared = Environment.GetEnvironmentVariable("HEARTH_SHARED") is { Length: > 0 } configured
            ? configured
            : Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared"));
        var path = Path.Combine(shared, "specs", relativePath);
        if (!File.Exists(path))
        {
            Assert.Fail($"The specification file {path} is missing. Put the shared folder beside the repository clone (../shared from the folder holding Hearth.slnx), or set HEARTH_SHARED to its path.");
        }

        return path;
    }

    public static Stream Open(string relativePath) => File.OpenRead(PathTo(relativePath));

    public static IReadOnlyList<string[]> ReadCsv(string relativePath) =>
        File.ReadAllLines(PathTo(relativePath)).Skip(1).Where(l => l.Length > 0).Select(SplitCsvLine).ToList();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hearth.slnx")))
            {
                return directory.FullName;
            }
        }

        Assert.Fail($"No folder above {AppContext.BaseDirectory} holds Hearth.slnx.");
        return string.Empty;
    }

    private static string[] SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}
