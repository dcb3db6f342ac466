using Hearth.Data;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Hearth.TestSupport;

/// <summary>
/// Builders for reasonable cause decisions, strategy discussions and section 47 enquiries, made through the domain and
/// saved with <paramref name="createContext"/> (the test database's or the web factory's).
/// </summary>
public static class EnquiriesTestData
{
    /// <summary>A strategy meeting of children's social care, the police and health, all agreeing.</summary>
    public static StrategyDiscussionDetails StrategyDiscussionDetails(
        DateTimeOffset heldAt, StrategyDiscussionOutcome outcome = StrategyDiscussionOutcome.Section47Enquiry) =>
        new(
            heldAt,
            StrategyDiscussionFormat.Meeting,
            [
                StrategyDiscussionParticipant.Create("Priya Shah", "Social worker", Agency.LocalAuthority),
                StrategyDiscussionParticipant.Create("DC Jo Bloggs", "Child abuse investigation team", Agency.Police),
                StrategyDiscussionParticipant.Create("Dr Ann Hale", "Named GP", Agency.Health),
            ],
            [
                AgencyContribution.Create(Agency.LocalAuthority, "Two previous referrals for neglect"),
                AgencyContribution.Create(Agency.Police, "Domestic incident call-out last month"),
                AgencyContribution.Create(Agency.Health, "Missed immunisations"),
            ],
            outcome,
            "Unexplained bruising; joint enquiry with the police");

    /// <summary>The child's open child in need episode, or a new one referred on <paramref name="referralDate"/> (a month ago by default).</summary>
    public static async Task<ChildInNeedEpisode> OpenEpisodeAsync(
        this TestData data, Func<HearthDbContext> createContext, Guid childId, DateOnly? referralDate = null, Guid? contactId = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(createContext);
        await using var db = createContext();
        var earlier = await db.Set<ChildInNeedEpisode>().Where(e => e.ChildId == childId).ToListAsync();
        if (earlier.FirstOrDefault(e => e.IsOpen) is { } open)
        {
            return open;
        }

        var episode = ChildInNeedEpisode.Open(
            childId, referralDate ?? data.Today.AddMonths(-1), ReferralSource.Police, PrimaryNeed.AbuseNeglectAndExploitation, contactId, earlier, data.Today, data.Change());
        db.Add(episode);
        await db.SaveChangesAsync();
        return episode;
    }

    /// <summary>A contact about the child decided at <paramref name="decidedAt"/> for an immediate strategy discussion, and the episode it opened.</summary>
    public static async Task<(Contact Contact, ChildInNeedEpisode Episode)> ImmediateStrategyDiscussionAsync(
        this TestData data, Func<HearthDbContext> createContext, Guid childId, DateTimeOffset decidedAt)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(createContext);
        var contact = Contact.Record(
            new ContactDetails(decidedAt.AddHours(-1), ReferralSource.Police, "PC Jo Bloggs", "Police", "Child disclosed an assault", [childId], false),
            [], FrontDoorOptions.Default, data.Change().At(decidedAt.AddHours(-1)));
        contact.Decide(LevelOfNeed.ChildProtection, ContactOutcome.ImmediateStrategyDiscussion, "Disclosure of physical abuse", data.Change().At(decidedAt));
        await using (var db = createContext())
        {
            db.Add(contact);
            await db.SaveChangesAsync();
        }

        var episode = await data.OpenEpisodeAsync(createContext, childId, WorkingCalendar.LocalDate(decidedAt), contact.Id);
        return (contact, episode);
    }

    public static async Task<ReasonableCauseDecision> RecordReasonableCauseAsync(
        this TestData data, Func<HearthDbContext> createContext, ChildInNeedEpisode episode, DateTimeOffset decidedAt)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(createContext);
        var decision = ReasonableCauseDecision.Record(
            episode, decidedAt, "Sam Lee, team manager", "Bruising reported by school", [], [], data.Change().At(decidedAt.AddMinutes(1)));
        await using var db = createContext();
        db.Add(decision);
        await db.SaveChangesAsync();
        return decision;
    }

    /// <summary>A strategy discussion answering <paramref name="answering"/> (or following <paramref name="previous"/>), with the section 47 enquiry it starts.</summary>
    public static async Task<(StrategyDiscussion Discussion, Section47Enquiry? Enquiry)> RecordStrategyDiscussionAsync(
        this TestData data,
        Func<HearthDbContext> createContext,
        ChildInNeedEpisode episode,
        ReasonableCause? answering,
        DateTimeOffset heldAt,
        StrategyDiscussionOutcome outcome = StrategyDiscussionOutcome.Section47Enquiry,
        StrategyDiscussion? previous = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(createContext);
        ArgumentNullException.ThrowIfNull(episode);
        await using var db = createContext();
        var discussions = await db.Set<StrategyDiscussion>().AsNoTracking().Where(d => d.EpisodeId == episode.Id).ToListAsync();
        var context = data.Change().At(heldAt.AddMinutes(30));
        var discussion = StrategyDiscussion.Record(StrategyDiscussionDetails(heldAt, outcome), episode, answering, previous, discussions, context);
        db.Add(discussion);
        Section47Enquiry? enquiry = null;
        if (outcome == StrategyDiscussionOutcome.Section47Enquiry)
        {
            var enquiries = await db.Set<Section47Enquiry>().AsNoTracking().Where(e => e.EpisodeId == episode.Id).ToListAsync();
            enquiry = Section47Enquiry.Start(discussion, episode, enquiries, Timescales.Standard, context);
            db.Add(enquiry);
        }

        await db.SaveChangesAsync();
        return (discussion, enquiry);
    }

    /// <summary>Records that the child was seen alone on <paramref name="seenOn"/> and, when given, the enquiry's outcome.</summary>
    public static async Task<Section47Enquiry> RecordEnquiryProgressAsync(
        this TestData data, Func<HearthDbContext> createContext, Guid enquiryId, DateOnly seenOn, Section47Outcome? outcome = null, DateOnly? completedOn = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(createContext);
        await using var db = createContext();
        var enquiry = await db.Set<Section47Enquiry>().SingleAsync(e => e.Id == enquiryId);
        enquiry.RecordChildSeen(true, seenOn, true, null, data.Today, data.Change());
        if (outcome is { } decided)
        {
            enquiry.RecordOutcome(
                decided != Section47Outcome.NoFurtherAction, decided, "Findings of the enquiry", completedOn ?? seenOn, data.Today, data.Change());
        }

        await db.SaveChangesAsync();
        return enquiry;
    }
}
