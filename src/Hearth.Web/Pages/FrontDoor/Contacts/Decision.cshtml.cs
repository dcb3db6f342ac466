using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.FrontDoor;
using Hearth.Domain.Referrals;
using Hearth.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Pages.FrontDoor.Contacts;

public sealed class DecisionModel(HearthDbContext db, ChildAccess access, TimeProvider clock, Timescales timescales, IOptions<FrontDoorOptions> options)
    : ContactPageModel(db, access, clock, timescales)
{
    public LevelOfNeedFramework Levels => options.Value.LevelsOfNeed;

    [BindProperty, Display(Name = "Level of need")]
    public LevelOfNeed? Threshold { get; set; }

    [BindProperty, Display(Name = "Outcome")]
    public ContactOutcome? Outcome { get; set; }

    [BindProperty, Display(Name = "Rationale")]
    public string? Rationale { get; set; }

    [BindProperty, Display(Name = "Primary need")]
    public string? PrimaryNeedCode { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, acting: true, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, acting: true, cancellationToken) is { } refused)
        {
            return refused;
        }

        ModelState.Clear();
        if (Threshold is null)
        {
            ModelState.AddModelError(nameof(Threshold), "Select the level of need");
        }

        if (Outcome is null)
        {
            ModelState.AddModelError(nameof(Outcome), "Select the outcome");
        }

        PrimaryNeed? need = null;
        if (Outcome is { OpensChildInNeedEpisode: true } && !PrimaryNeed.TryCreate(PrimaryNeedCode, out need, out var needError))
        {
            ModelState.AddModelError(nameof(PrimaryNeedCode), needError);
        }

        if (Threshold is not { } threshold || Outcome is not { } outcome || !ModelState.IsValid)
        {
            return Page();
        }

        var rule = Contact.CanDecide(threshold, outcome, Rationale);
        if (!rule.IsAllowed)
        {
            var field = rule.Message!.StartsWith("Enter", StringComparison.Ordinal) || rule.Message.Contains("rationale", StringComparison.Ordinal)
                ? nameof(Rationale)
                : rule.Message.Contains("already", StringComparison.Ordinal) ? string.Empty : nameof(Outcome);
            ModelState.AddModelError(field, rule.Message);
            return Page();
        }

        var childIds = Contact.Children.Select(c => c.ChildId).ToList();
        var episodes = need is null
            ? []
            : await Db.Set<ChildInNeedEpisode>().Where(e => childIds.Contains(e.ChildId)).ToListAsync(cancellationToken);
        var alreadyOpen = Children.Where(c => episodes.Any(e => e.ChildId == c.Id && e.IsOpen)).Select(c => c.Name).ToList();
        try
        {
            if (!await TrySaveAsync(() => DecideAndRefer(threshold, outcome, need, episodes), string.Empty, cancellationToken))
            {
                return Page();
            }
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Two people referring the same contact at once: the second save meets the first one's open child in
            // need episode (one open episode per child) before it meets the decision.
            Db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, await RaceMessageAsync(cancellationToken));
            return Page();
        }

        TempData["Notification"] = alreadyOpen.Count == 0
            ? $"Decision recorded: {outcome.DisplayName}"
            : $"Decision recorded: {outcome.DisplayName}. No new child in need episode for {string.Join(" or ", alreadyOpen)}: already open";
        return Redirect($"/front-door/contacts/{id}");
    }

    private async Task<string> RaceMessageAsync(CancellationToken cancellationToken)
    {
        var saved = await Db.Set<Contact>().AsNoTracking().Where(c => c.Id == Contact.Id)
            .Select(c => new { c.Status, c.Outcome, c.DecidedByName }).SingleAsync(cancellationToken);
        return saved is { Status: ContactStatus.Decided, Outcome: { } theirs }
            ? $"Someone else recorded a decision on this contact while you were working on it: {theirs.DisplayName}, by {saved.DecidedByName}. Your decision has not been saved"
            : "Someone else opened a child in need episode for a child on this contact while you were working on it. Your decision has not been saved: check the children's records, then try again";
    }

    /// <summary>
    /// Records the decision and, for a referral or an immediate strategy discussion, opens a child in need episode for each child the contact concerns,
    /// in the same save. A child whose episode is still open already has the service the referral asks for.
    /// </summary>
    private void DecideAndRefer(LevelOfNeed threshold, ContactOutcome outcome, PrimaryNeed? need, List<ChildInNeedEpisode> episodes)
    {
        var context = Change("Decision on the type of response");
        Contact.Decide(threshold, outcome, Rationale!, context);
        if (need is null)
        {
            return;
        }

        // The referral dates from the chain's first receipt, so the assessment's 45 working days run from when the
        // concerns first reached children's social care, not from the day the decision was recorded.
        var today = WorkingCalendar.LocalDate(context.Now);
        var referralDate = WorkingCalendar.LocalDate(Contact.ChainReceivedAt);
        foreach (var child in Contact.Children)
        {
            var childsEpisodes = episodes.Where(e => e.ChildId == child.ChildId).ToList();
            if (ChildInNeedEpisode.CanOpen(referralDate, childsEpisodes, today).IsAllowed)
            {
                Db.Add(ChildInNeedEpisode.Open(child.ChildId, referralDate, Contact.Source, need, Contact.Id, childsEpisodes, today, context));
            }
        }
    }
}
