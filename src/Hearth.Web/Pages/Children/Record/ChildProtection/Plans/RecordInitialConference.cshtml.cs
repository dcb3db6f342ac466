using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Referrals;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Plans;

public sealed class RecordInitialConferenceModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock), IAttendeeForm
{
    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date of the conference")]
    [Display(Name = "Date of the conference")]
    public DateOnly? HeldOn { get; set; }

    [BindProperty]
    public List<AttendeeInput> Attendees { get; set; } = [];

    [BindProperty]
    public string? AttendeeCommand { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select whether the conference was quorate")]
    public string? IsQuorate { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Select the outcome of the conference")]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? CategoryCode { get; set; }

    /// <summary>The section 47 enquiry the conference follows, when the journey came from one.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Section47EnquiryId { get; set; }

    public bool IsPreBirth => Record.Summary.DateOfBirth is null;

    public ChildInNeedEpisode? OpenEpisode { get; private set; }

    public bool HasOpenPlan { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid childId)
    {
        await LoadAsync(childId);
        HeldOn = Today;
        AttendeeForm.EnsureARow(this);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        var plans = await LoadAsync(childId);
        if (AttendeeForm.ApplyCommand(this, ModelState))
        {
            return Page();
        }

        AttendeeForm.EnsureARow(this);
        var attendees = AttendeeForm.Read(this, ModelState, "Add who attended the conference");
        ConferenceOutcome? outcome = Outcome switch
        {
            "plan" => ConferenceOutcome.Plan,
            "no-plan" => ConferenceOutcome.NoPlan,
            _ => null,
        };
        CategoryOfAbuse? category = null;
        if (outcome == ConferenceOutcome.Plan && !CategoryOfAbuse.TryCreate(CategoryCode, out category, out _))
        {
            ModelState.AddModelError(nameof(CategoryCode), "Select the initial category of abuse");
        }

        if (!ModelState.IsValid || outcome is null)
        {
            return Page();
        }

        var today = Today;
        var quorate = IsQuorate == "yes";
        var rule = ChildProtectionConference.CanRecordInitial(OpenEpisode, HeldOn!.Value, attendees, quorate, outcome.Value, category, plans, today);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(FieldFor(rule.Message!), rule.Message!);
            return Page();
        }

        var conference = ChildProtectionConference.RecordInitial(
            childId, IsPreBirth, OpenEpisode!, HeldOn.Value, attendees, quorate, outcome.Value, category, Section47EnquiryId, plans, today, Change());
        if (outcome == ConferenceOutcome.Plan)
        {
            var plan = ChildProtectionPlan.Start(conference, plans, Change());
            Db.Add(plan);
            return await SaveAsync(childId, $"{conference.Title} recorded: child protection plan started", $"/children/{childId}/child-protection-plans/{plan.Id}");
        }

        Db.Add(conference);
        return await SaveAsync(childId, $"{conference.Title} recorded: no child protection plan", $"/children/{childId}/child-protection-plans");
    }

    private static string FieldFor(string message) =>
        message.StartsWith("The date", StringComparison.Ordinal) ? nameof(HeldOn)
        : message.Contains("attended", StringComparison.Ordinal) ? "Attendees[0].Name"
        : message.Contains("quorate", StringComparison.Ordinal) ? nameof(IsQuorate)
        : message.Contains("category", StringComparison.Ordinal) ? nameof(CategoryCode)
        : string.Empty;

    private async Task<IActionResult> SaveAsync(Guid childId, string notification, string returnTo)
    {
        try
        {
            return await SaveChangeAsync(() => { }, string.Empty, notification, returnTo, "the child's child protection plans");
        }
        catch (DbUpdateException)
        {
            Db.ChangeTracker.Clear();
            if (!await Db.Set<ChildProtectionPlan>().AnyAsync(p => p.ChildId == childId && p.EndDate == null))
            {
                throw;
            }

            ModelState.AddModelError(string.Empty, "Someone else started a child protection plan for this child while you were editing. Check the child's plans, then try again.");
            return Page();
        }
    }

    private async Task<List<ChildProtectionPlan>> LoadAsync(Guid childId)
    {
        OpenEpisode = await Db.Set<ChildInNeedEpisode>().SingleOrDefaultAsync(e => e.ChildId == childId && e.ClosureDate == null);
        var plans = await Db.Set<ChildProtectionPlan>().Where(p => p.ChildId == childId).ToListAsync();
        HasOpenPlan = plans.Any(p => p.IsOpen);
        return plans;
    }
}
