using Hearth.Domain.ChildProtection;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hearth.Web.Pages.Children.Record.ChildProtection.Plans;

/// <summary>One row of the "who attended" list of a conference or core group form.</summary>
public sealed class AttendeeInput
{
    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Agency { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(Agency);
}

/// <summary>
/// A form with an "Add another attendee" list that works without JavaScript: the add and remove buttons post the
/// form back with a command, and the page shows it again with a row more or less.
/// </summary>
public interface IAttendeeForm
{
    List<AttendeeInput> Attendees { get; }

    string? AttendeeCommand { get; }
}

internal static class AttendeeForm
{
    public const string Add = "add";
    public const string RemovePrefix = "remove-";

    /// <summary>Applies an add or remove command; true when there was one, so the page is shown again without saving.</summary>
    public static bool ApplyCommand(IAttendeeForm form, ModelStateDictionary modelState)
    {
        switch (form.AttendeeCommand)
        {
            case Add:
                form.Attendees.Add(new AttendeeInput());
                break;
            case { } command when command.StartsWith(RemovePrefix, StringComparison.Ordinal)
                && int.TryParse(command.AsSpan(RemovePrefix.Length), out var index) && index >= 0 && index < form.Attendees.Count:
                form.Attendees.RemoveAt(index);
                break;
            default:
                return false;
        }

        if (form.Attendees.Count == 0)
        {
            form.Attendees.Add(new AttendeeInput());
        }

        modelState.Clear();
        return true;
    }

    /// <summary>The attendees entered, with an error against each row that is not complete; blank rows are left out.</summary>
    public static List<ConferenceAttendee> Read(IAttendeeForm form, ModelStateDictionary modelState, string noneMessage)
    {
        var attendees = new List<ConferenceAttendee>();
        for (var i = 0; i < form.Attendees.Count; i++)
        {
            var row = form.Attendees[i];
            if (row.IsBlank)
            {
                continue;
            }

            ConferenceAgency? agency = Enum.TryParse<ConferenceAgency>(row.Agency, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
            if (ConferenceAttendee.TryCreate(row.Name, row.Role, agency, out var attendee, out var error))
            {
                attendees.Add(attendee);
            }
            else
            {
                var field = error.Contains("name", StringComparison.Ordinal) ? nameof(AttendeeInput.Name)
                    : error.Contains("role", StringComparison.Ordinal) ? nameof(AttendeeInput.Role)
                    : nameof(AttendeeInput.Agency);
                modelState.AddModelError($"Attendees[{i}].{field}", $"Attendee {i + 1}: {char.ToLowerInvariant(error[0])}{error[1..]}");
            }
        }

        if (attendees.Count == 0 && modelState.ErrorCount == 0)
        {
            modelState.AddModelError("Attendees[0].Name", noneMessage);
        }

        return attendees;
    }

    /// <summary>The form's rows, with an empty one to fill in when there are none.</summary>
    public static void EnsureARow(IAttendeeForm form)
    {
        if (form.Attendees.Count == 0)
        {
            form.Attendees.Add(new AttendeeInput());
        }
    }
}
