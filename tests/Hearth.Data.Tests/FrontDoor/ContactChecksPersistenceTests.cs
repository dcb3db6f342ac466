using Hearth.Data.FrontDoor;
using Hearth.Domain.Audit;
using Hearth.Domain.FrontDoor;
using Hearth.TestSupport;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Data.Tests.FrontDoor;

public class ContactChecksPersistenceTests
{
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly FakeClock Clock = new(MondayTen.AddHours(6));

    [Theory]
    [DatabaseData]
    public async Task Save_ChecksConsentAndAcknowledgementOnALoadedContact_RoundTripWithTheirChanges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var contact = Contact.Record(Details(MondayTen, child.Id), [], FrontDoorOptions.Default, By(MondayTen));
        await SaveAsync(database, contact);
        Guid policeId;
        await using (var context = database.CreateContext())
        {
            var loaded = await context.Set<Contact>().SingleAsync();
            policeId = loaded.RequestCheck(CheckAgency.Police, null, MondayTen.AddMinutes(10), By(MondayTen.AddMinutes(10))).Id;
            loaded.RequestCheck(CheckAgency.Other, "Women's Aid", MondayTen.AddMinutes(20), By(MondayTen.AddMinutes(20)));
            loaded.RecordConsent(MondayTen.AddMinutes(30), "Mother", ConsentDecision.Refused, "Does not want the school involved", By(MondayTen.AddMinutes(30)));
            loaded.Acknowledge(MondayTen.AddMinutes(40), AcknowledgementMethod.Email, By(MondayTen.AddMinutes(40)));
            await context.SaveChangesAsync();
        }

        await using (var context = database.CreateContext())
        {
            var loaded = await context.Set<Contact>().SingleAsync();
            loaded.RecordCheckReturn(policeId, MondayTen.AddHours(2), "Two call-outs this year", By(MondayTen.AddHours(2)));
            await context.SaveChangesAsync();
        }

        await using var reading = database.CreateContext();
        var saved = await reading.Set<Contact>().SingleAsync();
        saved.Checks.Count.ShouldBe(2);
        var police = saved.Checks.Single(c => c.Id == policeId);
        police.Agency.ShouldBe(CheckAgency.Police);
        police.RequestedAt.ShouldBe(MondayTen.AddMinutes(10));
        police.ReturnedAt.ShouldBe(MondayTen.AddHours(2));
        police.Response.ShouldBe("Two call-outs this year");
        var other = saved.Checks.Single(c => c.Id != policeId);
        other.AgencyName.ShouldBe("Women's Aid");
        other.IsOutstanding.ShouldBeTrue();
        saved.OutstandingChecks.ShouldBe(1);
        saved.ConsentSoughtAt.ShouldBe(MondayTen.AddMinutes(30));
        saved.ConsentSoughtFrom.ShouldBe("Mother");
        saved.Consent.ShouldBe(ConsentDecision.Refused);
        saved.ConsentReason.ShouldBe("Does not want the school involved");
        saved.AcknowledgedAt.ShouldBe(MondayTen.AddMinutes(40));
        saved.AcknowledgementMethod.ShouldBe(AcknowledgementMethod.Email);
        var summaries = await reading.ChangeRecords.Where(r => r.EntityId == contact.Id).Select(r => r.Summary).ToListAsync();
        summaries.ShouldBe(
            ["Contact recorded", "Check requested from Police", "Check requested from Women's Aid", "Consent recorded: refused", "Receipt acknowledged to the referrer", "Check returned by Police"],
            ignoreOrder: true);
    }

    [Theory]
    [DatabaseData]
    public async Task FrontDoorQueue_ClosedContacts_KeepsOnlyTheDomesticAbuseNotificationUntilDecided(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var data = new TestData(database.CreateContext, Clock);
        var child = await data.CreateChildAsync();
        var other = await data.CreateChildAsync("Ava", "Stone");
        var open = Contact.Record(Details(MondayTen, child.Id), [], FrontDoorOptions.Default, By(MondayTen));
        var closed = Contact.Record(Details(MondayTen.AddDays(-2), other.Id), [], FrontDoorOptions.Default, By(MondayTen));
        closed.ClosePendingInformation("Waiting for the school", By(MondayTen));
        var closedNotification = Contact.Record(Details(MondayTen.AddDays(-1), other.Id) with { IsDomesticAbuseNotification = true }, [], FrontDoorOptions.Default, By(MondayTen));
        closedNotification.ClosePendingInformation("Waiting for the police risk assessment", By(MondayTen));
        var decidedNotification = Contact.Record(Details(MondayTen.AddDays(-3), child.Id) with { IsDomesticAbuseNotification = true }, [], FrontDoorOptions.Default, By(MondayTen));
        decidedNotification.Decide(LevelOfNeed.Universal, ContactOutcome.NoFurtherAction, "Standard risk, no children present", By(MondayTen));
        await SaveAsync(database, open, closed, closedNotification, decidedNotification);

        await using var reading = database.CreateContext();
        var queue = await reading.FrontDoorQueue().Select(c => c.Id).ToListAsync();

        queue.ShouldBe([closedNotification.Id, open.Id]);
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
