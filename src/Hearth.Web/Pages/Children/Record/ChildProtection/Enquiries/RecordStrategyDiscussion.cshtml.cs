using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain;
using Hearth.Domain.Calendar;
using Hearth.Domain.ChildProtection;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Enquiries;

/// <summary>
/// Records one strategy discussion as one multi-agency record: when, how, who took part for each agency, what each agency
/// contributed and whether it agreed, and the outcome. "Add another participant" and "Remove" post the form back, so the
/// page works without JavaScript. An outcome of a section 47 enquiry starts the enquiry in the same save.
/// </summary>
public sealed class RecordStrategyDiscussionModel(HearthDbContext db, ChildRecord record, TimeProvider clock, Timescales timescales)
    : ChildRecordPageModel(db, record, clock)
{
    public const string AddParticipant = "add-participant";
    public const string RemoveParticipant = "remove-participant-";

    private readonly DateTimeOffset _now = clock.GetUtcNow();

    /// <summary>The discussion this one follows, for a further strategy discussion.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Further { get; set; }

    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date of the strategy discussion")]
    [Display(Name = "Date of the strategy discussion")]
    public DateOnly? HeldOn { get; set; }

    [BindProperty]
    [Display(Name = "Time it started")]
    public string? HeldTime { get; set; }

    [BindProperty]
    public StrategyDiscussionFormat? Format { get; set; }

    [BindProperty]
    public List<ParticipantInput> Participants { get; set; } = [];

    [BindProperty]
    public List<ContributionInput> Contributions { get; set; } = [];

    [BindProperty]
    public StrategyDiscussionOutcome? Outcome { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    [BindProperty]
    public string? Command { get; set; }

    public ChildEnquiries Enquiries { get; private set; } = null!;

    /// <summary>The reasonable cause decision this discussion answers; null for a further discussion.</summary>
    public ReasonableCause? Answering { get; private set; }

    public StrategyDiscussion? Previous { get; private set; }

    public TimescaleEvaluation? Clock => Answering?.StrategyDiscussionClock(timescales, null, _now);

    public bool CanRecord => Enquiries.OpenEpisode is not null && (Answering is not null || Previous is not null);

    public async Task<IActionResult> OnGetAsync(Guid childId)
    {
        if (!await LoadAsync(childId, tracked: false))
        {
            return NotFound();
        }

        HeldOn = Today;
        HeldTime = LocalTimeInput.TimeOf(_now);
        Participants = [.. Agency.Core.Select(a => new ParticipantInput { Agency = a.Kind })];
        AlignContributions();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        if (!await LoadAsync(childId, tracked: true))
        {
            return NotFound();
        }

        if (Command == AddParticipant || Command?.StartsWith(RemoveParticipant, StringComparison.Ordinal) == true)
        {
            if (Command == AddParticipant)
            {
                Participants.Add(new ParticipantInput());
            }
            else if (int.TryParse(Command[RemoveParticipant.Length..], System.Globalization.CultureInfo.InvariantCulture, out var index)
                && index >= 0 && index < Participants.Count)
            {
                Participants.RemoveAt(index);
            }

            AlignContributions();
            ModelState.Clear();
            return Page();
        }

        AlignContributions();
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith(nameof(Contributions), StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        var heldAt = LocalTimeInput.Read(ModelState, HeldOn, HeldTime, nameof(HeldTime), "the strategy discussion started");
        if (Format is null)
        {
            ModelState.AddModelError(nameof(Format), "Select whether it was a strategy meeting or a discussion");
        }

        var participants = ReadParticipants();
        var contributions = ReadContributions();
        if (Outcome is null)
        {
            ModelState.AddModelError(nameof(Outcome), "Select the outcome of the strategy discussion");
        }

        if (string.IsNullOrWhiteSpace(Reasons))
        {
            ModelState.AddModelError(nameof(Reasons), "Enter the reasons for the decision");
        }

        if (!ModelState.IsValid || heldAt is null || !CanRecord)
        {
            return Page();
        }

        var episode = Enquiries.OpenEpisode!;
        var details = new StrategyDiscussionDetails(heldAt.Value, Format!.Value, participants, contributions, Outcome!.Value, Reasons);
        var discussions = Enquiries.DiscussionsOn(episode);
        var rule = StrategyDiscussion.CanRecord(details, episode, Answering, Previous, discussions, _now);
        if (rule.IsAllowed && Outcome == StrategyDiscussionOutcome.Section47Enquiry)
        {
            var starting = Section47Enquiry.CanStart(episode, WorkingCalendar.LocalDate(heldAt.Value), Enquiries.EnquiriesOn(episode));
            if (!starting.IsAllowed)
            {
                ModelState.AddModelError(nameof(Outcome), starting.Message!);
                return Page();
            }
        }

        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(FieldFor(rule.Message!), rule.Message!);
            return Page();
        }

        StrategyDiscussion discussion;
        try
        {
            var context = Change(Previous is null ? "Strategy discussion" : "Further strategy discussion");
            discussion = StrategyDiscussion.Record(details, episode, Answering, Previous, discussions, context);
            Db.Add(discussion);
            if (discussion.Outcome == StrategyDiscussionOutcome.Section47Enquiry)
            {
                Db.Add(Section47Enquiry.Start(discussion, episode, Enquiries.EnquiriesOn(episode), timescales, context));
            }

            await Db.SaveChangesAsync();
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            return Page();
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(
                string.Empty,
                "Someone else recorded a strategy discussion or section 47 enquiry for this child while you were editing. Check the child's child protection record, then try again.");
            return Page();
        }

        TempData["Notification"] = discussion.Outcome == StrategyDiscussionOutcome.Section47Enquiry
            ? "Strategy discussion recorded and section 47 enquiry started"
            : "Strategy discussion recorded";
        return Redirect($"/children/{childId}/strategy-discussions/{discussion.Id}");
    }

    /// <summary>The agencies named by the participants so far, each once, in the order first named.</summary>
    public IReadOnlyList<Agency> AgenciesTakingPart() =>
        [.. Participants
            .Select(p => Agency.TryCreate(p.Agency, p.OtherAgency, out var agency, out _) ? agency : null)
            .OfType<Agency>()
            .Distinct()];

    private async Task<bool> LoadAsync(Guid childId, bool tracked)
    {
        Enquiries = await ChildEnquiries.LoadAsync(Db, childId, tracked);
        if (Further is { } further)
        {
            Previous = Enquiries.Discussions.FirstOrDefault(d => d.Id == further);
            return Previous is not null;
        }

        Answering = Enquiries.UndiscussedCause;
        return true;
    }

    private void AlignContributions() =>
        Contributions = [.. AgenciesTakingPart().Select(agency =>
            Contributions.FirstOrDefault(c => c.Agency is { } code && TryAgency(code) == agency) is { } typed
                ? typed with { Agency = agency.Code }
                : new ContributionInput { Agency = agency.Code })];

    private List<StrategyDiscussionParticipant> ReadParticipants()
    {
        var read = new List<StrategyDiscussionParticipant>();
        for (var i = 0; i < Participants.Count; i++)
        {
            var input = Participants[i];
            if (string.IsNullOrWhiteSpace(input.Name) && string.IsNullOrWhiteSpace(input.Role))
            {
                continue;
            }

            var prefix = $"{nameof(Participants)}[{i}].";
            if (!Agency.TryCreate(input.Agency, input.OtherAgency, out var agency, out var agencyError))
            {
                ModelState.AddModelError(prefix + (input.Agency is null ? nameof(ParticipantInput.Agency) : nameof(ParticipantInput.OtherAgency)), agencyError);
                continue;
            }

            if (!StrategyDiscussionParticipant.TryCreate(input.Name, input.Role, agency, out var participant, out var error))
            {
                ModelState.AddModelError(prefix + (error.Contains("name", StringComparison.Ordinal) ? nameof(ParticipantInput.Name) : nameof(ParticipantInput.Role)), error);
                continue;
            }

            read.Add(participant);
        }

        return read;
    }

    private List<AgencyContribution> ReadContributions()
    {
        var read = new List<AgencyContribution>();
        for (var i = 0; i < Contributions.Count; i++)
        {
            var input = Contributions[i];
            var agency = TryAgency(input.Agency!)!;
            bool? agrees = input.Agrees switch { "yes" => true, "no" => false, _ => null };
            if (!AgencyContribution.TryCreate(agency, input.Contribution, agrees, input.DissentReason, out var contribution, out var error))
            {
                var field = error.StartsWith("Select", StringComparison.Ordinal) ? nameof(ContributionInput.Agrees)
                    : error.StartsWith("Enter why", StringComparison.Ordinal) ? nameof(ContributionInput.DissentReason)
                    : nameof(ContributionInput.Contribution);
                ModelState.AddModelError($"{nameof(Contributions)}[{i}].{field}", error);
                continue;
            }

            read.Add(contribution);
        }

        return read;
    }

    private static Agency? TryAgency(string code)
    {
        try
        {
            return Agency.FromCode(code);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string FieldFor(string message) =>
        message.Contains("must be in the past", StringComparison.Ordinal) || message.Contains("cannot be before", StringComparison.Ordinal)
            || message.Contains("must be after", StringComparison.Ordinal) ? nameof(HeldOn)
        : message.Contains("multi-agency", StringComparison.Ordinal) ? nameof(Participants)
        : message.Contains("reasons", StringComparison.Ordinal) ? nameof(Reasons)
        : string.Empty;
}

/// <summary>One participant as typed into the form.</summary>
public sealed record ParticipantInput
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public AgencyKind? Agency { get; set; }

    public string? OtherAgency { get; set; }
}

/// <summary>One agency's contribution and view as typed into the form; <see cref="Agency"/> is the agency's stored code.</summary>
public sealed record ContributionInput
{
    public string? Agency { get; set; }

    public string? Contribution { get; set; }

    /// <summary>"yes" when the agency agreed with the decision, "no" when it disagreed.</summary>
    public string? Agrees { get; set; }

    public string? DissentReason { get; set; }
}
