using Hearth.Data;
using Hearth.Data.Workforce;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Simulation.Demo;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Simulation.Tests.Demo;

public class DemoLocalAuthorityTests
{
    private static readonly DateOnly Day = new(2026, 11, 2);
    private static readonly DateTimeOffset Instant = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Seed_EmptyDatabase_CreatesDemoAccountsThatSignInAndACaseloadForTheDemoSocialWorker()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        DemoSeedResult result;
        await using (var seeding = database.CreateContext())
        {
            result = await DemoLocalAuthority.SeedAsync(seeding, Day, Instant);
        }

        await using var context = database.CreateContext();
        result.Seeded.ShouldBeTrue();
        (await context.Set<Child>().CountAsync()).ShouldBe(result.Children);
        var accounts = await context.Set<UserAccount>().ToListAsync();
        accounts.Select(a => a.Role).Distinct().Order().ShouldBe(Enum.GetValues<Role>());
        foreach (var demo in DemoLocalAuthority.Accounts)
        {
            var account = accounts.Single(a => a.UserName.Value == demo.UserName);
            account.CanSignIn(Instant).IsAllowed.ShouldBeTrue();
            Passwords.Verify(account, DemoLocalAuthority.Password, out _).ShouldBeTrue(demo.UserName);
        }

        var socialWorker = accounts.Single(a => a.UserName.Value == DemoLocalAuthority.SocialWorker.UserName);
        (await context.Set<Allocation>().CountAsync(a => a.WorkerId == socialWorker.WorkerId && a.EndDate == null)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Seed_DatabaseWithOnlyAUserAccount_DoesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var data = new TestData(database.CreateContext, new FakeClock(Instant));
        await data.CreateUserAsync(Role.Administrator);
        await using var context = database.CreateContext();

        var result = await DemoLocalAuthority.SeedAsync(context, Day, Instant);

        result.Seeded.ShouldBeFalse();
        (await context.Set<Team>().CountAsync()).ShouldBe(0);
        (await context.Set<UserAccount>().CountAsync()).ShouldBe(1);
    }
}
