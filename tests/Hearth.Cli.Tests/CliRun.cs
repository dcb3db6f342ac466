using Hearth.Cli;
using Hearth.Data;
using Microsoft.Extensions.Configuration;

namespace Hearth.Cli.Tests;

/// <summary>Runs the <c>hearth</c> command line in-process against a test database, capturing what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> InvokeAsync(HearthDatabaseSettings database, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Hearth:Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Hearth"] = database.ConnectionString,
        }).Build();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await HearthCommands.InvokeAsync(configuration, args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
