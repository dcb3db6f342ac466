using Hearth.Data;
using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.Workforce;

public class WorkforcePersistenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChangeContext Context = new(Guid.CreateVersion7(), "Ada Administrator", Now, "Setting up the team");

    [Theory]
    [DatabaseData]
    public async Task Save_TeamWorkerAccountAndAllocation_RoundTripWithTheirChangeRecords(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var childId = Guid.CreateVersion7();
        var team = Team.Create("Safeguarding East", TeamKind.ChildProtection, Context);
        var worker = Worker.Create("Priya", "Shah", Role.SocialWorker, team, EmailAddress.Create("Priya.Shah@hearth.example"),
            SocialWorkEnglandNumber.Create("SW 123456"), new DateOnly(2024, 9, 2), Context);
        var account = UserAccount.Create(EmailAddress.Create("priya.shah@hearth.example"), "Priya Shah", Role.SocialWorker, worker.Id, "hash", Context);
        var allocations = new CaseAllocations(childId, []);
        var allocation = allocations.Allocate(worker, team, new DateOnly(2026, 11, 2), "New referral", Context);
        await using (var context = database.CreateContext())
        {
            context.AddRange(team, worker, account, allocation);
            context.ChangeRecords.AddRange(allocations.TakePendingChanges());
            await context.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        var savedWorker = await reading.Set<Worker>().SingleAsync();
        savedWorker.Email.Value.ShouldBe("priya.shah@hearth.example");
        savedWorker.Registration!.Value.ShouldBe("SW123456");
        savedWorker.TeamId.ShouldBe(team.Id);
        var savedAccount = await reading.Set<UserAccount>().SingleAsync(u => u.UserName == EmailAddress.Create("PRIYA.SHAH@hearth.example"));
        savedAccount.Role.ShouldBe(Role.SocialWorker);
        savedAccount.MustChangePassword.ShouldBeTrue();
        var savedAllocation = await reading.Set<Allocation>().SingleAsync(a => a.ChildId == childId);
        savedAllocation.WorkerId.ShouldBe(worker.Id);
        savedAllocation.EndDate.ShouldBeNull();
        (await reading.ChangeRecords.CountAsync(c => c.EntityId == team.Id)).ShouldBeGreaterThan(0);
        (await reading.ChangeRecords.CountAsync(c => c.ChildId == childId)).ShouldBeGreaterThan(0);
    }

    [Theory]
    [DatabaseData]
    public async Task Save_SecondAccountWithTheSameUserName_IsRefusedByTheDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.CreateContext();
        context.Add(UserAccount.Create(EmailAddress.Create("sam@hearth.example"), "Sam One", Role.DataOfficer, null, "hash", Context));
        await context.SaveChangesAsync();

        context.Add(UserAccount.Create(EmailAddress.Create("SAM@hearth.example"), "Sam Two", Role.DataOfficer, null, "hash", Context));

        await Should.ThrowAsync<DbUpdateException>(() => context.SaveChangesAsync());
    }

    [Theory]
    [DatabaseData]
    public async Task Save_AccountChangedByTwoPeopleAtOnce_RefusesTheStaleSave(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var account = UserAccount.Create(EmailAddress.Create("lee@hearth.example"), "Lee Manager", Role.TeamManager, null, "hash", Context);
        await using (var context = database.CreateContext())
        {
            context.Add(account);
            await context.SaveChangesAsync();
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var firstCopy = await first.Set<UserAccount>().SingleAsync();
        var secondCopy = await second.Set<UserAccount>().SingleAsync();
        firstCopy.Disable(Context);
        await first.SaveChangesAsync();
        secondCopy.ResetPassword("new-hash", Context);

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
