using Hearth.Data.Work;
using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.FrontDoor;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;

namespace Hearth.Data.Tests.FrontDoor;

public class ContactWorkSourceTests
{
    // November 2026 is GMT, so UTC times are London times.
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly FakeClock Clock = new(MondayTen);

    [Theory]
    [DatabaseData]
    public async Task OpenWork_UndecidedUnacknowledgedLinkedContact_IsDueFromTheChainsFirstReceiptForEachQueriedChild(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var sibling = await data.CreateChildAsync("Leo", "Reed");
        var notQueried = await data.CreateChildAsync("Ava", "Stone");
        var first = Contact.Record(Details(MondayTen, child.Id), [], FrontDoorOptions.Default, By(MondayTen));
        first.ClosePendingInformation("Waiting for the GP", By(MondayTen.AddHours(1)));
        first.Acknowledge(MondayTen.AddHours(1), AcknowledgementMethod.Telephone, By(MondayTen.AddHours(1)));
        var linked = Contact.Record(Details(MondayTen.AddDays(2), child.Id, sibling.Id, notQueried.Id), [first], FrontDoorOptions.Default, By(MondayTen.AddDays(2)));
        await SaveAsync(database, first, linked);
        var now = MondayTen.AddDays(2).AddHours(1);

        await using var context = database.CreateContext();
        var work = await WorkList.OpenAsync(context, new WorkQuery([child.Id, sibling.Id], now, Timescales.Standard));

        var fromLinked = work.Where(w => w.SourceId == linked.Id).ToList();
        fromLinked.Select(w => (w.ChildId, w.Kind)).ShouldBe(
            [(child.Id, "ContactDecision"), (child.Id, "ReferrerAcknowledgement"), (sibling.Id, "ContactDecision"), (sibling.Id, "ReferrerAcknowledgement")],
            ignoreOrder: true);
        fromLinked.ShouldAllBe(w => w.DueAt == new DateTimeOffset(2026, 11, 3, 10, 0, 0, TimeSpan.Zero) && w.Status == TimescaleStatus.Overdue);
        fromLinked.ShouldAllBe(w => w.Path == $"/front-door/contacts/{linked.Id}");
        work.Where(w => w.SourceId == first.Id).Select(w => w.Kind).ShouldBe(["ContactDecision"]);
        work.ShouldNotContain(w => w.ChildId == notQueried.Id);
    }

    [Theory]
    [DatabaseData]
    public async Task OpenWork_DecidedAndAcknowledgedOrAnonymous_GivesOnlyWhatIsStillOpen(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var done = Contact.Record(Details(MondayTen.AddDays(-10), child.Id), [], FrontDoorOptions.Default, By(MondayTen.AddDays(-10)));
        done.Acknowledge(MondayTen.AddDays(-10), AcknowledgementMethod.Email, By(MondayTen.AddDays(-10)));
        done.Decide(LevelOfNeed.EarlyHelp, ContactOutcome.EarlyHelp, "Family want support", By(MondayTen.AddDays(-10)));
        var decidedUnacknowledged = Contact.Record(Details(MondayTen.AddHours(-2), child.Id), [], FrontDoorOptions.Default, By(MondayTen.AddHours(-2)));
        decidedUnacknowledged.Decide(LevelOfNeed.Universal, ContactOutcome.InformationAndAdvice, "Advice given", By(MondayTen.AddHours(-1)));
        var anonymous = Contact.Record(
            Details(MondayTen.AddHours(-1), child.Id) with { Source = ReferralSource.Anonymous, ReferrerName = null, ReferrerAgency = null },
            [], FrontDoorOptions.Default, By(MondayTen.AddHours(-1)));
        await SaveAsync(database, done, decidedUnacknowledged, anonymous);

        await using var context = database.CreateContext();
        var work = await WorkList.OpenAsync(context, new WorkQuery([child.Id], MondayTen, Timescales.Standard));

        work.Where(w => w.SourceId == done.Id).ShouldBeEmpty();
        work.Where(w => w.SourceId == decidedUnacknowledged.Id).Select(w => w.Kind).ShouldBe(["ReferrerAcknowledgement"]);
        work.Where(w => w.SourceId == anonymous.Id).Select(w => w.Kind).ShouldBe(["ContactDecision"]);
    }

    private static async Task SaveAsync(TestDatabase database, params Contact[] contacts)
    {
        await using var context = database.CreateContext();
        context.AddRange(contacts);
        await context.SaveChangesAsync();
    }

    private static ContactDetails Details(DateTimeOffset receivedAt, params Guid[] children) =>
        new(receivedAt, ReferralSource.Schools, "Ms Head", "Hill Primary", "Came to school hungry", children, false);

    private static ChangeContext By(DateTimeOffset now) => new(Guid.CreateVersion7(), "Dee Decider", now);
}
