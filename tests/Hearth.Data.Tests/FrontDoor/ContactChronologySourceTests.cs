using Hearth.Data.Chronology;
using Hearth.Domain.Audit;
using Hearth.Domain.FrontDoor;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.FrontDoor;

public class ContactChronologySourceTests
{
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly FakeClock Clock = new(MondayTen);

    [Theory]
    [DatabaseData]
    public async Task ForChild_ContactCheckedClosedReopenedAndReferred_ListsEachEventWithTheReferralSignificant(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var contact = Contact.Record(Details(MondayTen, child.Id), [], FrontDoorOptions.Default, By(MondayTen));
        await SaveAsync(database, contact);
        await using (var context = database.CreateContext())
        {
            var loaded = await context.Set<Contact>().SingleAsync();
            var check = loaded.RequestCheck(CheckAgency.Health, null, MondayTen.AddMinutes(5), By(MondayTen.AddMinutes(5)));
            loaded.ClosePendingInformation("Waiting for the health visitor", By(MondayTen.AddHours(1)));
            await context.SaveChangesAsync();
            loaded.RecordCheckReturn(check.Id, MondayTen.AddHours(3), "Missed the last two checks", By(MondayTen.AddHours(3)));
            loaded.Reopen(By(MondayTen.AddHours(4)));
            await context.SaveChangesAsync();
            loaded.Decide(LevelOfNeed.ChildInNeed, ContactOutcome.ReferralToChildrensSocialCare, "Needs an assessment", By(MondayTen.AddHours(5)));
            await context.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        var entries = (await ChildChronology.ForChildAsync(reading, child.Id)).Where(e => e.Category == ChronologyCategory.FrontDoor).ToList();

        entries.Select(e => e.What).ShouldBe(
        [
            "Contact received from SCHOOLS",
            Contact.ClosedSummary,
            "Check returned by Health",
            Contact.ReopenedSummary,
            "Contact decision: Referral to children's social care",
        ]);
        entries.Select(e => e.At).ShouldBe([MondayTen, MondayTen.AddHours(1), MondayTen.AddHours(3), MondayTen.AddHours(4), MondayTen.AddHours(5)]);
        entries.Select(e => e.IsSignificant).ShouldBe([false, false, false, false, true]);
        entries[0].Detail.ShouldBe("Came to school hungry");
        entries[1].Detail.ShouldBe("Waiting for the health visitor");
        entries[2].Detail.ShouldBe("Missed the last two checks");
        entries[4].Detail.ShouldBe("Child in need. Needs an assessment");
        entries.ShouldAllBe(e => e.Path == $"/front-door/contacts/{contact.Id}" && e.SourceId == contact.Id && e.ChildId == child.Id);
        entries[0].Date.ShouldBe(new DateOnly(2026, 11, 2));
    }

    [Theory]
    [DatabaseData]
    public async Task ForChild_NoFurtherAction_IsNotSignificantAndOtherChildrensContactsAreLeftOut(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var other = await data.CreateChildAsync("Ava", "Stone");
        var contact = Contact.Record(Details(MondayTen, child.Id), [], FrontDoorOptions.Default, By(MondayTen));
        contact.Decide(LevelOfNeed.Universal, ContactOutcome.NoFurtherAction, "No concerns", By(MondayTen.AddHours(1)));
        var othersContact = Contact.Record(Details(MondayTen, other.Id), [], FrontDoorOptions.Default, By(MondayTen));
        await SaveAsync(database, contact, othersContact);

        await using var reading = database.CreateContext();
        var entries = (await ChildChronology.ForChildAsync(reading, child.Id)).Where(e => e.Category == ChronologyCategory.FrontDoor).ToList();

        entries.Select(e => (e.What, e.IsSignificant)).ShouldBe([("Contact received from SCHOOLS", false), ("Contact decision: No further action", false)]);
        entries.ShouldAllBe(e => e.SourceId == contact.Id);
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
