using Hearth.Data;
using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Calendar;
using Hearth.Domain.Children;
using Hearth.Web.Infrastructure.Access;
using Hearth.Web.Infrastructure.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.Record.EditDetails;

public sealed class EditModel(HearthDbContext db, ChildRecord record, TimeProvider clock) : PageModel
{
    public const string ConflictMessage = "Someone else changed this record while you were editing it";

    public ChildRecord Record => record;

    [BindProperty]
    public ChildDetailsInput Input { get; set; } = new();

    /// <summary>The record's version when the form was loaded; it carries the instant, so what others changed since can be found.</summary>
    [BindProperty]
    public Guid Version { get; set; }

    public bool IsUnborn { get; private set; }

    public bool HasConflict { get; private set; }

    public IReadOnlyList<ChangeRecord> ConflictingChanges { get; private set; } = [];

    public async Task OnGetAsync(Guid childId)
    {
        var child = await db.Set<Child>().AsNoTracking().AsSplitQuery().SingleAsync(c => c.Id == childId);
        IsUnborn = child.IsUnborn;
        Input = ChildDetailsInput.From(child);
        Version = child.Version;
    }

    public async Task<IActionResult> OnPostAsync(Guid childId)
    {
        var child = await db.Set<Child>().AsSplitQuery().SingleAsync(c => c.Id == childId);
        IsUnborn = child.IsUnborn;
        var details = ReadDetails(child);
        if (child.Version != Version)
        {
            await ShowConflictAsync(child);
            return Page();
        }

        if (ModelState.ErrorCount > 0 || details is null)
        {
            return Page();
        }

        var today = WorkingCalendar.LocalDate(clock.GetUtcNow());
        var rule = child.CanUpdateDetails(details, today, Input.Reason);
        if (!rule.IsAllowed)
        {
            ModelState.AddModelError(FieldFor(rule.Message!), rule.Message!);
            return Page();
        }

        try
        {
            child.UpdateDetails(details, today, new ChangeContext(User.AccountId(), User.DisplayName(), clock.GetUtcNow(), Input.Reason));
        }
        catch (DomainRuleException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            return Page();
        }

        var changed = child.PendingChanges.Count > 0;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await ShowConflictAsync(await db.Set<Child>().AsNoTracking().SingleAsync(c => c.Id == childId));
            return Page();
        }

        TempData["Notification"] = changed ? "The child's details have been updated" : "You did not change any details";
        return Redirect($"/children/{childId}");
    }

    private ChildDetails? ReadDetails(Child child)
    {
        var valid = true;
        void Refuse(string field, string message)
        {
            ModelState.AddModelError($"{nameof(Input)}.{field}", message);
            valid = false;
        }

        if (!PersonName.TryCreate(Input.GivenNames, Input.FamilyName, Input.PreferredName, out var name, out var nameError))
        {
            Refuse(NameField(nameError), nameError);
        }

        if (child.IsUnborn)
        {
            if (Input.ExpectedDateOfBirth is null && IsBlank(nameof(Input.ExpectedDateOfBirth)))
            {
                Refuse(nameof(Input.ExpectedDateOfBirth), "Enter the expected date of birth");
            }
        }
        else if (Input.DateOfBirth is null && IsBlank(nameof(Input.DateOfBirth)))
        {
            Refuse(nameof(Input.DateOfBirth), "Enter the date of birth");
        }

        if (!Sex.TryCreate(Input.Sex, out var sex, out var sexError))
        {
            Refuse(nameof(Input.Sex), sexError);
        }

        if (!Ethnicity.TryCreate(Input.Ethnicity, out var ethnicity, out var ethnicityError))
        {
            Refuse(nameof(Input.Ethnicity), ethnicityError);
        }

        FirstLanguage? language = null;
        if (!string.IsNullOrWhiteSpace(Input.FirstLanguage) && !FirstLanguage.TryCreate(Input.FirstLanguage, out language, out var languageError))
        {
            Refuse(nameof(Input.FirstLanguage), languageError);
        }

        Religion? religion = null;
        if (!string.IsNullOrWhiteSpace(Input.Religion) && !Religion.TryCreate(Input.Religion, out religion, out var religionError))
        {
            Refuse(nameof(Input.Religion), religionError);
        }

        var disabilities = new List<Disability>();
        foreach (var code in Input.Disabilities)
        {
            if (Disability.TryCreate(code, out var disability, out var disabilityError))
            {
                disabilities.Add(disability);
            }
            else
            {
                Refuse(nameof(Input.Disabilities), disabilityError);
            }
        }

        ImmigrationStatus? immigration = null;
        if (!string.IsNullOrWhiteSpace(Input.ImmigrationStatus) && !ImmigrationStatus.TryCreate(Input.ImmigrationStatus, out immigration, out var immigrationError))
        {
            Refuse(nameof(Input.ImmigrationStatus), immigrationError);
        }

        if (Input.IsUnaccompaniedAsylumSeekingChild is null)
        {
            Refuse(nameof(Input.IsUnaccompaniedAsylumSeekingChild), "Select yes if the child is an unaccompanied asylum-seeking child");
        }

        NhsNumber? nhsNumber = null;
        if (!string.IsNullOrWhiteSpace(Input.NhsNumber) && !NhsNumber.TryCreate(Input.NhsNumber, out nhsNumber, out var nhsError))
        {
            Refuse(nameof(Input.NhsNumber), nhsError);
        }

        UniquePupilNumber? upn = null;
        if (!string.IsNullOrWhiteSpace(Input.Upn) && !UniquePupilNumber.TryCreate(Input.Upn, out upn, out var upnError))
        {
            Refuse(nameof(Input.Upn), upnError);
        }

        if (!valid || name is null || sex is null || ethnicity is null)
        {
            return null;
        }

        return new ChildDetails
        {
            Name = name,
            DateOfBirth = child.IsUnborn ? null : Input.DateOfBirth,
            ExpectedDateOfBirth = Input.ExpectedDateOfBirth ?? child.ExpectedDateOfBirth,
            Sex = sex,
            GenderIdentity = Input.GenderIdentity,
            Ethnicity = ethnicity,
            FirstLanguage = language,
            Religion = religion,
            Disabilities = disabilities,
            ImmigrationStatus = immigration,
            IsUnaccompaniedAsylumSeekingChild = Input.IsUnaccompaniedAsylumSeekingChild == true,
            NhsNumber = nhsNumber,
            Upn = upn,
        };
    }

    private bool IsBlank(string dateField) =>
        ModelState.GetFieldValidationState($"{nameof(Input)}.{dateField}") != ModelValidationState.Invalid;

    private async Task ShowConflictAsync(Child current)
    {
        HasConflict = true;
        ModelState.AddModelError(string.Empty, ConflictMessage);
        ConflictingChanges = await ChangesSince.LoadAsync(db, current.Id, Version);
        Version = current.Version;
        ModelState.Remove(nameof(Version));
    }

    private static string NameField(string error) =>
        error.Contains("given names", StringComparison.OrdinalIgnoreCase) ? nameof(ChildDetailsInput.GivenNames)
        : error.Contains("family name", StringComparison.OrdinalIgnoreCase) ? nameof(ChildDetailsInput.FamilyName)
        : nameof(ChildDetailsInput.PreferredName);

    private static string FieldFor(string message)
    {
        var field = message switch
        {
            _ when message.Contains("reason", StringComparison.OrdinalIgnoreCase) => nameof(ChildDetailsInput.Reason),
            _ when message.Contains("expected date of birth", StringComparison.OrdinalIgnoreCase) => nameof(ChildDetailsInput.ExpectedDateOfBirth),
            _ when message.Contains("birth", StringComparison.OrdinalIgnoreCase) => nameof(ChildDetailsInput.DateOfBirth),
            _ when message.Contains("disability", StringComparison.OrdinalIgnoreCase) => nameof(ChildDetailsInput.Disabilities),
            _ when message.Contains("gender identity", StringComparison.OrdinalIgnoreCase) => nameof(ChildDetailsInput.GenderIdentity),
            _ => null,
        };
        return field is null ? string.Empty : $"{nameof(Input)}.{field}";
    }
}
