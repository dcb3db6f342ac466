using Hearth.Domain.Audit;
using Hearth.Domain.Children;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Workforce;
using Hearth.Web.Tests.Pages.Caseload;

namespace Hearth.Web.Tests.Pages.FrontDoor;

/// <summary>What the front door page tests share.</summary>
internal static class FrontDoorTestExtensions
{
    public static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);

    public static async Task<Contact> RecordContactAsync(
        this HearthWebFactory factory, DateTimeOffset receivedAt, Child[] children, bool domesticAbuse = false, Action<Contact>? then = null)
    {
        await using var db = factory.Database.CreateContext();
        var ids = children.Select(c => c.Id).ToList();
        var earlier = await Hearth.Data.FrontDoor.ContactQueries.LinkableForAsync(db, ids, receivedAt, FrontDoorOptions.Default);
        var contact = Contact.Record(
            new ContactDetails(receivedAt, ReferralSource.Schools, "Ms Head", "Hill Primary", "Child came to school hungry and bruised", ids, domesticAbuse),
            earlier,
            FrontDoorOptions.Default,
            new ChangeContext(Guid.CreateVersion7(), "Test data", receivedAt));
        then?.Invoke(contact);
        db.Add(contact);
        await db.SaveChangesAsync();
        return contact;
    }

    /// <summary>A family name no other test uses, to pick out this test's rows from a shared database.</summary>
    public static string UniqueFamilyName() =>
        "Fam" + new string(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (Convert.ToInt32(c.ToString(), 16) % 26))).ToArray());

    public static async Task<(HearthClient Client, UserAccount Account)> SignInAtFrontDoorAsync(this HearthWebFactory factory, Role role = Role.SocialWorker)
    {
        var team = await factory.Data.CreateTeamAsync("MASH", TeamKind.FrontDoor);
        var (client, account, _) = await factory.SignInAsWorkerAsync(role, team, "Fran", "Door");
        return (client, account);
    }
}
