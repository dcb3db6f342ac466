using System.ComponentModel.DataAnnotations;
using Hearth.Data;
using Hearth.Domain.Recording;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Hearth.Web.Pages.Children.Record.Visits;
using Hearth.Web.TagHelpers.Govuk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.Oversight;

public sealed class NewModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : ChildRecordPageModel(db, record, clock)
{
    /// <summary>How many action rows the form offers; without JavaScript there is no "add another", so blank rows are left out.</summary>
    public const int ActionRows = 3;

    [BindProperty, DateInput]
    [Required(ErrorMessage = "Enter the date of the oversight")]
    [Display(Name = "Date of the oversight")]
    public DateOnly? OversightDate { get; set; }

    [BindProperty]
    [Display(Name = "Summary of the case discussion")]
    public string? Summary { get; set; }

    [BindProperty]
    [Display(Name = "Direction")]
    public string? Direction { get; set; }

    [BindProperty]
    public List<OversightActionFields> Actions { get; set; } = [];

    public IReadOnlyList<WorkerChoice> Workers { get; private set; } = [];

    /// <summary>Why the signed-in person cannot record oversight, when they cannot.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid childId)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }

        OversightDate = Today;
        var allocated = await AllocatedWorkerAsync(childId);
        Actions = [.. Enumerable.Range(0, ActionRows).Select(_ => new OversightActionFields { WorkerId = allocated })];
        Workers = await WorkerChoice.LoadAsync(Db, Today, allocated);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        if (Refused() is { } refused)
        {
            return refused;
        }

        while (Actions.Count < ActionRows)
        {
            Actions.Add(new OversightActionFields());
        }

        var today = Today;
        Workers = await WorkerChoice.LoadAsync(Db, today, [.. Actions.Select(a => a.WorkerId)]);
        var inputs = Actions.Select(a => IsUntouched(a) ? new OversightActionInput(null, null, null) : a.ToInput(Workers)).ToList();
        Check(nameof(Summary), ManagementOversight.CanHaveSummary(Summary));
        Check(nameof(Direction), ManagementOversight.CanHaveDirection(Direction));
        if (OversightDate is { } date)
        {
            Check(nameof(OversightDate), ManagementOversight.CanHaveDate(date, today));
            for (var i = 0; i < inputs.Count; i++)
            {
                if (ModelState[$"Actions[{i}].DueDate"]?.Errors.Count > 0)
                {
                    continue;
                }

                var rule = ManagementOversight.CanHaveAction(i + 1, inputs[i], date);
                var field = rule.Message switch
                {
                    null => null,
                    var m when m.StartsWith("Select", StringComparison.Ordinal) => "WorkerId",
                    var m when m.Contains("due by", StringComparison.Ordinal) => "DueDate",
                    _ => "What",
                };
                Check($"Actions[{i}].{field}", rule);
                if (inputs[i].WorkerId is { } workerId && !Workers.Any(w => w.Id == workerId))
                {
                    ModelState.AddModelError($"Actions[{i}].WorkerId", $"Select who action {i + 1} is for from the list");
                }
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var role = User.HearthRole()!.Value;
        return await SaveChangeAsync(
            () => Db.Add(ManagementOversight.Record(childId, role, OversightDate!.Value, Summary!, Direction!, inputs, today, Change())),
            string.Empty,
            "Management oversight recorded",
            $"/children/{childId}/oversight",
            "the child's management oversight");
    }

    /// <summary>A row with only the default worker chosen has not been started, so it is left out like a blank one.</summary>
    private static bool IsUntouched(OversightActionFields action) => string.IsNullOrWhiteSpace(action.What) && action.DueDate is null;

    private PageResult? Refused()
    {
        var rule = User.HearthRole() is { } role ? ManagementOversight.CanBeRecordedBy(role) : ManagementOversight.CanBeRecordedBy(default);
        if (rule.IsAllowed)
        {
            return null;
        }

        Refusal = rule.Message;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    private void Check(string field, Hearth.Domain.RuleResult rule)
    {
        if (rule.Message is { } message)
        {
            ModelState.AddModelError(field, message);
        }
    }

    private async Task<Guid?> AllocatedWorkerAsync(Guid childId)
    {
        var history = await Db.Set<Allocation>().AsNoTracking().Where(a => a.ChildId == childId).ToListAsync();
        return new CaseAllocations(childId, history).CurrentOn(Today)?.WorkerId;
    }
}
