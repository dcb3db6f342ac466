using Hearth.Domain.Children;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hearth.Web.Pages.Children.AddAChild;

/// <summary>The checks the name and birth questions share between the start page and their own pages.</summary>
public static class AddAChildAnswers
{
    public const string Yes = "yes";
    public const string No = "no";

    public static PersonName? CheckName(ModelStateDictionary modelState, string? givenNames, string? familyName, string? preferredName)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (string.IsNullOrWhiteSpace(givenNames))
        {
            modelState.AddModelError("GivenNames", "Enter the child's given names");
        }

        if (string.IsNullOrWhiteSpace(familyName))
        {
            modelState.AddModelError("FamilyName", "Enter the child's family name");
        }

        if (modelState.ErrorCount > 0)
        {
            return null;
        }

        if (PersonName.TryCreate(givenNames, familyName, preferredName, out var name, out var error))
        {
            return name;
        }

        var field = error.StartsWith("Family", StringComparison.Ordinal) ? "FamilyName"
            : error.StartsWith("Preferred", StringComparison.Ordinal) ? "PreferredName"
            : "GivenNames";
        modelState.AddModelError(field, error);
        return null;
    }

    /// <summary>
    /// Checks "Has the child been born?" and the date that goes with the answer; the other date's field is hidden,
    /// so what was typed in it does not count. The birth dates are checked by the domain's own rule when the name is known.
    /// </summary>
    public static bool CheckBirth(ModelStateDictionary modelState, string? born, DateOnly? dateOfBirth, DateOnly? expectedDateOfBirth, PersonName? name, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var before = modelState.ErrorCount;
        if (born == Yes)
        {
            Ignore(modelState, "ExpectedDateOfBirth");
            if (dateOfBirth is null && !HasError(modelState, "DateOfBirth"))
            {
                modelState.AddModelError("DateOfBirth", "Enter the child's date of birth");
            }
        }
        else if (born == No)
        {
            Ignore(modelState, "DateOfBirth");
            if (expectedDateOfBirth is null && !HasError(modelState, "ExpectedDateOfBirth"))
            {
                modelState.AddModelError("ExpectedDateOfBirth", "Enter the expected date of birth");
            }
        }
        else
        {
            Ignore(modelState, "DateOfBirth");
            Ignore(modelState, "ExpectedDateOfBirth");
            modelState.AddModelError("Born", "Select whether the child has been born");
        }

        if (modelState.ErrorCount > before || name is null)
        {
            return modelState.ErrorCount == before;
        }

        var rule = Child.CanRegister(
            new ChildDetails
            {
                Name = name,
                Sex = Sex.Unknown,
                DateOfBirth = born == Yes ? dateOfBirth : null,
                ExpectedDateOfBirth = born == No ? expectedDateOfBirth : null,
            },
            today);
        if (!rule.IsAllowed)
        {
            modelState.AddModelError(born == Yes ? "DateOfBirth" : "ExpectedDateOfBirth", rule.Message!);
            return false;
        }

        return true;
    }

    private static bool HasError(ModelStateDictionary modelState, string key) =>
        modelState.FindKeysWithPrefix(key).Any(e => e.Value.Errors.Count > 0);

    private static void Ignore(ModelStateDictionary modelState, string key)
    {
        foreach (var entry in modelState.FindKeysWithPrefix(key))
        {
            entry.Value.Errors.Clear();
            entry.Value.ValidationState = ModelValidationState.Skipped;
        }
    }
}
