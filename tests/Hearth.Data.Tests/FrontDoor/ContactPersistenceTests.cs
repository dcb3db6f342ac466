using Hearth.Data.FrontDoor;
using Hearth.Domain.Audit;
using Hearth.Domain.FrontDoor;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.FrontDoor;

public class ContactPersistenceTests
{
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly FakeClock Clock = new(MondayTen.AddHours(2));

    [Theory]
    [DatabaseData]
    public async Task Save_DecidedContactForTwoChildren_RoundTripsWithAChangeRecordForEachChild(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync("Mia", "Hart");
        var sibling = await data.CreateChildAsync("Leo", "Hart");
        var contact = Contact.Record(Details(MondayTen, child.Id, sibling.Id) with { IsDomesticAbuseNotification = true }, [], FrontDoorOptions.Default, By(MondayTen));
        contact.Decide(LevelOfNeed.ChildInNeed, ContactOutcome.ReferralToChildrensSocialCare, "Repeated incidents with children present", By(MondayTen.AddHours(1)));
        await SaveAsync(database, contact);

        await using var reading = database.CreateContext();
        var saved = await reading.Set<Contact>().SingleAsync();
        saved.ReceivedAt.ShouldBe(MondayTen);
        saved.Source.ShouldBe(ReferralSource.Police);
        saved.ReferrerName.ShouldBe("PC Jo Bloggs");
        saved.ReferrerAgency.ShouldBe("Kent Police");
        saved.PresentingConcerns.ShouldBe("Police called to a domestic incident");
        saved.IsDomesticAbuseNotification.ShouldBeTrue();
        saved.Children.Select(c => c.ChildId).ShouldBe([child.Id, sibling.Id], ignoreOrder: true);
        saved.Status.ShouldBe(ContactStatus.Decided);
        saved.Threshold.ShouldBe(LevelOfNeed.ChildInNeed);
        saved.Outcome.ShouldBe(ContactOutcome.ReferralToChildrensSocialCare);
        saved.DecidedAt.ShouldBe(MondayTen.AddHours(1));
        saved.DecidedByName.ShouldBe("Dee Decider");
        saved.ChainReceivedAt.ShouldBe(MondayTen);
        (await reading.ChangeRecords.CountAsync(r => r.EntityId == contact.Id && r.ChildId == child.Id)).ShouldBe(2);
        (await reading.ChangeRecords.CountAsync(r => r.EntityId == contact.Id && r.ChildId == sibling.Id)).ShouldBe(2);
    }

    [Theory]
    [DatabaseData]
    public async Task AwaitingDecision_MixedContacts_ListsOnlyOpenUndecidedOnesLongestWaitingFirst(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var other = await data.CreateChildAsync("Ava", "Stone");
        var newest = Contact.Record(Details(MondayTen.AddHours(1), other.Id), [], FrontDoorOptions.Default, By(MondayTen.AddHours(1)));
        var oldest = Contact.Record(Details(MondayTen.AddDays(-3), child.Id), [], FrontDoorOptions.Default, By(MondayTen));
        var linked = Contact.Record(Details(MondayTen, child.Id), [oldest], FrontDoorOptions.Default, By(MondayTen));
        var decided = Contact.Record(Details(MondayTen.AddDays(-5), other.Id), [], FrontDoorOptions.Default, By(MondayTen));
        decided.Decide(LevelOfNeed.Universal, ContactOutcome.NoFurtherAction, "No concerns", By(MondayTen));
        var closed = Contact.Record(Details(MondayTen.AddDays(-4), other.Id), [], FrontDoorOptions.Default, By(MondayTen));
        closed.ClosePendingInformation("Waiting for the school", By(MondayTen));
        await SaveAsync(database, newest, oldest, linked, decided, closed);

        await using var reading = database.CreateContext();
        var queue = await reading.AwaitingDecision().Select(c => c.Id).ToListAsync();

        queue.ShouldBe([oldest.Id, linked.Id, newest.Id]);
    }

    [Theory]
    [DatabaseData]
    public async Task LinkableFor_SecondContactAfterSaving_FindsTheUndecidedContactAndTheChainRootSurvivesSaving(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var other = await data.CreateChildAsync("Ava", "Stone");
        var first = Contact.Record(Details(MondayTen.AddDays(-2), child.Id), [], FrontDoorOptions.Default, By(MondayTen));
        var tooOld = Contact.Record(Details(MondayTen.AddDays(-9), child.Id), [], FrontDoorOptions.Default, By(MondayTen));
        var otherChild = Contact.Record(Details(MondayTen.AddDays(-1), other.Id), [], FrontDoorOptions.Default, By(MondayTen));
        await SaveAsync(database, first, tooOld, otherChild);

        Contact second;
        await using (var context = database.CreateContext())
        {
            var linkable = await context.LinkableForAsync([child.Id], MondayTen, FrontDoorOptions.Default);
            linkable.Select(c => c.Id).ShouldBe([first.Id]);
            second = Contact.Record(Details(MondayTen, child.Id), linkable, FrontDoorOptions.Default, By(MondayTen));
            context.Add(second);
            await context.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        var chain = await reading.ChainAsync(first.Id);
        chain.Select(c => c.Id).ShouldBe([first.Id, second.Id]);
        chain[1].ChainRootId.ShouldBe(first.Id);
        chain[1].ChainReceivedAt.ShouldBe(MondayTen.AddDays(-2));
    }

    [Theory]
    [DatabaseData]
    public async Task Save_CloseAndReopenOnALoadedContact_SavesEachChangeAndKeepsTheReceipt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var contact = Contact.Record(Details(MondayTen, child.Id), [], FrontDoorOptions.Default, By(MondayTen));
        await SaveAsync(database, contact);

        await using (var context = database.CreateContext())
        {
            var loaded = await context.Set<Contact>().SingleAsync();
            loaded.ClosePendingInformation("Waiting for the GP", By(MondayTen.AddHours(1)));
            await context.SaveChangesAsync();
            loaded.Reopen(By(MondayTen.AddHours(2)));
            await context.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        var saved = await reading.Set<Contact>().SingleAsync();
        saved.Status.ShouldBe(ContactStatus.AwaitingDecision);
        saved.ReceivedAt.ShouldBe(MondayTen);
        saved.ClosedReason.ShouldBeNull();
        var summaries = await reading.ChangeRecords.Where(r => r.EntityId == contact.Id).Select(r => r.Summary).ToListAsync();
        summaries.ShouldBe(["Contact recorded", "Contact closed while information is gathered", "Contact reopened"], ignoreOrder: true);
    }

    [Theory]
    [DatabaseData]
    public async Task Save_TwoPeopleDecidingTheSameContactAtOnce_RefusesTheSecond(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        await SaveAsync(database, Contact.Record(Details(MondayTen, child.Id), [], FrontDoorOptions.Default, By(MondayTen)));
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var firstCopy = await first.Set<Contact>().SingleAsync();
        var secondCopy = await second.Set<Contact>().SingleAsync();
        firstCopy.Decide(LevelOfNeed.Universal, ContactOutcome.NoFurtherAction, "No concerns", By(MondayTen.AddHours(1)));
        await first.SaveChangesAsync();

        secondCopy.Decide(LevelOfNeed.EarlyHelp, ContactOutcome.EarlyHelp, "Family want support", By(MondayTen.AddHours(1)));

        await Should.ThrowAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }

    private static async Task SaveAsync(TestDatabase database, params Contact[] contacts)
    {
        await using var context = database.CreateContext();
        context.AddRange(contacts);
        await context.SaveChangesAsync();
    }

    private static ContactDetails Details(DateTimeOffset receivedAt, params Guid[] children) =>
        new(receivedAt, ReferralSource.Police, "PC Jo Bloggs", "Kent Police", "Police called to a domestic incident", children, false);

    private static ChangeContext By(DateTimeOffset now) => new(Guid.CreateVersion7(), "Dee Decider", now);
}
