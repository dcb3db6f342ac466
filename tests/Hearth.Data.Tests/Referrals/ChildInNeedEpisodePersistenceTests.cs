using Hearth.Domain.Audit;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.Referrals;

public class ChildInNeedEpisodePersistenceTests
{
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 2);
    private static readonly FakeClock Clock = new(MondayTen);

    private static ChangeContext By(string? reason = null) => new(Guid.CreateVersion7(), "Priya Shah", MondayTen, reason);

    [Theory]
    [DatabaseData]
    public async Task Save_ClosedEpisodeFromAContact_RoundTripsWithItsChangeRecords(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var contact = Contact.Record(
            new ContactDetails(MondayTen.AddDays(-1), ReferralSource.Police, "PC Jo Bloggs", null, "Domestic incident", [child.Id], false),
            [], FrontDoorOptions.Default, By());
        var episode = ChildInNeedEpisode.Open(child.Id, Today.AddDays(-1), ReferralSource.Police, PrimaryNeed.FamilyDysfunction, contact.Id, [], Today, By());
        episode.EndWithNoFurtherAction(Today, [], Today, By());
        await using (var saving = database.CreateContext())
        {
            saving.AddRange(contact, episode);
            await saving.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        var saved = await reading.Set<ChildInNeedEpisode>().SingleAsync();
        saved.ChildId.ShouldBe(child.Id);
        saved.ReferralDate.ShouldBe(Today.AddDays(-1));
        saved.Source.ShouldBe(ReferralSource.Police);
        saved.PrimaryNeed.ShouldBe(PrimaryNeed.FamilyDysfunction);
        saved.ContactId.ShouldBe(contact.Id);
        saved.IsReferralNoFurtherAction.ShouldBeTrue();
        saved.ClosureDate.ShouldBe(Today);
        saved.ClosureReason.ShouldBe(ClosureReason.NoFurtherActionAfterAssessment);
        (await reading.ChangeRecords.Where(r => r.EntityId == episode.Id).Select(r => r.Summary).ToListAsync())
            .ShouldBe(["Referral recorded", "Referral ended with no further action"], ignoreOrder: true);
    }

    [Theory]
    [DatabaseData]
    public async Task Save_SecondOpenEpisodeForTheSameChild_IsRefusedByTheDatabase(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var first = ChildInNeedEpisode.Open(child.Id, Today, ReferralSource.Schools, PrimaryNeed.LowIncome, null, [], Today, By());
        var second = ChildInNeedEpisode.Open(child.Id, Today, ReferralSource.Police, PrimaryNeed.LowIncome, null, [], Today, By());
        await using (var saving = database.CreateContext())
        {
            saving.Add(first);
            await saving.SaveChangesAsync();
        }

        await using var racing = database.CreateContext();
        racing.Add(second);

        await Should.ThrowAsync<DbUpdateException>(() => racing.SaveChangesAsync());
    }

    [Theory]
    [DatabaseData]
    public async Task Save_ClosedByTwoPeopleAtOnce_RefusesTheSecond(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        await using (var saving = database.CreateContext())
        {
            saving.Add(ChildInNeedEpisode.Open(child.Id, Today.AddDays(-7), ReferralSource.Schools, PrimaryNeed.LowIncome, null, [], Today, By()));
            await saving.SaveChangesAsync();
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var firstCopy = await first.Set<ChildInNeedEpisode>().SingleAsync();
        var secondCopy = await second.Set<ChildInNeedEpisode>().SingleAsync();
        firstCopy.Close(Today, ClosureReason.ServicesCeased, [], Today, By());
        await first.SaveChangesAsync();
        secondCopy.Close(Today, ClosureReason.TransferredToAnotherLocalAuthority, [], Today, By());

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    [Theory]
    [DatabaseData]
    public async Task Save_ReopenedThenClosedAgain_AllowsANewOpenEpisodeOnlyOnceClosed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var episode = ChildInNeedEpisode.Open(child.Id, Today.AddMonths(-2), ReferralSource.Schools, PrimaryNeed.LowIncome, null, [], Today, By());
        episode.Close(Today.AddMonths(-1), ClosureReason.ServicesCeased, [], Today, By());
        await using (var saving = database.CreateContext())
        {
            saving.Add(episode);
            await saving.SaveChangesAsync();
        }

        await using (var reopening = database.CreateContext())
        {
            var loaded = await reopening.Set<ChildInNeedEpisode>().SingleAsync();
            loaded.Reopen("Closed in error", [loaded], By());
            await reopening.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        (await reading.Set<ChildInNeedEpisode>().SingleAsync()).IsOpen.ShouldBeTrue();
        var reopened = await reading.ChangeRecords.SingleAsync(r => r.EntityId == episode.Id && r.Summary == "Child in need episode reopened");
        reopened.Reason.ShouldBe("Closed in error");
        reopened.Fields.ShouldContain(f => f.Field == "Closure date" && f.Before == "2026-10-02" && f.After == null);
    }
}
