using System.Net;
using Hearth.Data;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Database;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Hearth.TestSupport.Web;

/// <summary>
/// Hearth's web host in-process, on a real migrated database of its own (SQLite unless told otherwise) and a fake
/// clock set to a Monday morning. Use as a class fixture; each test makes the data it needs with <see cref="Data"/>.
/// </summary>
public class HearthWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public HearthWebFactory()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected HearthWebFactory(DatabaseProvider provider)
    {
        Provider = provider;
    }

    public DatabaseProvider Provider { get; }

    public TestDatabase Database { get; private set; } = null!;

    /// <summary>The server's clock, and "today" for test data. A real browser runs on real time, so a browser
    /// test's server keeps the real clock and this one only dates the test data.</summary>
    public FakeClock Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));

    protected virtual bool UsesRealClock => false;

    public TestData Data => new(Database.CreateContext, Clock);

    public async Task InitializeAsync() => Database = await TestDatabase.CreateAsync(Provider);

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
    }

    /// <summary>A client signed in as the given account through the real sign-in page.</summary>
    public async Task<HearthClient> SignInAsync(UserAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var client = CreateHearthClient();
        var response = await client.SubmitFormAsync("/sign-in", new Dictionary<string, string>
        {
            ["Email"] = account.UserName.Value,
            ["Password"] = TestData.Password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {account.UserName} gave {(int)response.StatusCode}, not a redirect.");
        }

        return client;
    }

    /// <summary>A signed-in client for a new account with the role, linked to a new worker in the team when given.</summary>
    public async Task<(HearthClient Client, UserAccount Account)> SignInAsNewUserAsync(Role role, Team? team = null)
    {
        var worker = team is null ? null : await Data.CreateWorkerAsync(team, role);
        var account = await Data.CreateUserAsync(role, worker);
        return (await SignInAsync(account), account);
    }

    public HearthClient CreateHearthClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Hearth:Database:Provider", Database.Settings.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Hearth", Database.Settings.ConnectionString);
        builder.UseSetting("Hearth:Demo:Seed", "false");
        builder.UseSetting("Hearth:Session:SignInAttemptsPerMinute", "1000");
        if (UsesRealClock)
        {
            Clock.Set(TimeProvider.System.GetUtcNow());
        }
        else
        {
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}

/// <summary>The web host on PostgreSQL, for the page tests that must also run on the production database.</summary>
public sealed class PostgresWebFactory : HearthWebFactory
{
    public PostgresWebFactory()
        : base(DatabaseProvider.Postgres)
    {
    }
}
