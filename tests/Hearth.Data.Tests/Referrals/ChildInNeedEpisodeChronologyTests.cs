using Hearth.Data.Chronology;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.Referrals;

public class ChildInNeedEpisodeChronologyTests
{
    private static readonly FakeClock Clock = new(new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero));

    [Theory]
    [DatabaseData]
    public async Task ForChildAsync_EpisodeClosedReopenedAndReReferred_ShowsEveryStep(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var today = data.Today;
        var first = await OpenAsync(database, data, child.Id, new DateOnly(2026, 3, 2));
        await ChangeAsync(database, first.Id, e => e.EndWithNoFurtherAction(new DateOnly(2026, 3, 20), today, data.Change("No further action")));
        var second = await OpenAsync(database, data, child.Id, new DateOnly(2026, 6, 1));
        await ChangeAsync(database, second.Id, e => e.Close(new DateOnly(2026, 9, 30), ClosureReason.ServicesCeased, today, data.Change()));
        await ChangeAsync(database, second.Id, e => e.Reopen("Closed in error", [], data.Change("Closed in error")));
        await using var db = database.CreateContext();

        var entries = (await ChildChronology.ForChildAsync(db, child.Id)).Where(e => e.Category == ChronologyCategory.Referral).ToList();

        entries.Select(e => (e.Date, e.What)).ShouldBe([
            (new DateOnly(2026, 3, 2), "Referral"),
            (new DateOnly(2026, 3, 20), "Referral ended with no further action"),
            (new DateOnly(2026, 6, 1), "Referral: re-referral within 12 months"),
            (new DateOnly(2026, 9, 30), "Child in need episode closed"),
            (today, "Child in need episode reopened"),
        ]);
        entries.ShouldAllBe(e => e.IsSignificant && e.Path == $"/children/{child.Id}/referrals");
        entries[3].Detail.ShouldBe(ClosureReason.ServicesCeased.Description);
        entries[4].Detail.ShouldBe("Closed in error");
        entries[0].Detail.ShouldBe($"Source: {ReferralSource.Schools.Description}. Primary need: {PrimaryNeed.FamilyInAcuteStress.Description}.");
    }

    private static async Task<ChildInNeedEpisode> OpenAsync(TestDatabase database, TestData data, Guid childId, DateOnly referralDate)
    {
        await using var db = database.CreateContext();
        var earlier = await db.Set<ChildInNeedEpisode>().Where(e => e.ChildId == childId).ToListAsync();
        var episode = ChildInNeedEpisode.Open(childId, referralDate, ReferralSource.Schools, PrimaryNeed.FamilyInAcuteStress, null, earlier, data.Today, data.Change());
        db.Add(episode);
        await db.SaveChangesAsync();
        return episode;
    }

    private static async Task ChangeAsync(TestDatabase database, Guid episodeId, Action<ChildInNeedEpisode> change)
    {
        await using var db = database.CreateContext();
        change(await db.Set<ChildInNeedEpisode>().SingleAsync(e => e.Id == episodeId));
        await db.SaveChangesAsync();
    }
}
