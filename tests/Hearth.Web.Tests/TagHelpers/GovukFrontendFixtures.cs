using System.Text.Json;

namespace Hearth.Web.Tests.TagHelpers;

/// <summary>The reference HTML that govuk-frontend ships for each component example (components/&lt;name&gt;/fixtures.json).</summary>
public static class GovukFrontendFixtures
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string FrontendModules { get; } = Path.Combine(RepositoryRoot, "src", "Hearth.Web", "frontend", "node_modules");

    public static string Html(string component, string fixtureName)
    {
        var path = Path.Combine(FrontendModules, "govuk-frontend", "dist", "govuk", "components", component, "fixtures.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var fixture in document.RootElement.GetProperty("fixtures").EnumerateArray())
        {
            if (fixture.GetProperty("name").GetString() == fixtureName)
            {
                return fixture.GetProperty("html").GetString()!;
            }
        }

        throw new InvalidOperationException($"govuk-frontend has no '{fixtureName}' fixture for {component}.");
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hearth.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Hearth.slnx not found above the test output folder.");
    }
}
