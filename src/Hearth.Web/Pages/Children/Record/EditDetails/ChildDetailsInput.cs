using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Children;
using Hearth.Web.TagHelpers.Govuk;

namespace Hearth.Web.Pages.Children.Record.EditDetails;

/// <summary>What the "Change the child's details" form posts, field by field as the user typed it.</summary>
public sealed class ChildDetailsInput
{
    [Display(Name = "Given names")]
    public string? GivenNames { get; set; }

    [Display(Name = "Family name")]
    public string? FamilyName { get; set; }

    [Display(Name = "Preferred name")]
    public string? PreferredName { get; set; }

    [DateInput]
    [Display(Name = "Date of birth")]
    public DateOnly? DateOfBirth { get; set; }

    [DateInput]
    [Display(Name = "Expected date of birth")]
    public DateOnly? ExpectedDateOfBirth { get; set; }

    public string? Sex { get; set; }

    [Display(Name = "Gender identity")]
    public string? GenderIdentity { get; set; }

    public string? Ethnicity { get; set; }

    [Display(Name = "First language")]
    public string? FirstLanguage { get; set; }

    public string? Religion { get; set; }

    public List<string> Disabilities { get; set; } = [];

    [Display(Name = "Immigration status")]
    public string? ImmigrationStatus { get; set; }

    public bool? IsUnaccompaniedAsylumSeekingChild { get; set; }

    [Display(Name = "NHS number")]
    public string? NhsNumber { get; set; }

    [Display(Name = "Unique pupil number (UPN)")]
    public string? Upn { get; set; }

    [Required(ErrorMessage = "Enter the reason for the change")]
    [Display(Name = "Reason for change")]
    public string? Reason { get; set; }

    public static ChildDetailsInput From(Child child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return new ChildDetailsInput
        {
            GivenNames = child.Name.GivenNames,
            FamilyName = child.Name.FamilyName,
            PreferredName = child.Name.PreferredName,
            DateOfBirth = child.DateOfBirth,
            ExpectedDateOfBirth = child.ExpectedDateOfBirth,
            Sex = child.Sex.Code,
            GenderIdentity = child.GenderIdentity,
            Ethnicity = child.Ethnicity.Code,
            FirstLanguage = child.FirstLanguage?.Name,
            Religion = child.Religion?.Code,
            Disabilities = child.Disabilities.Select(d => d.Code).ToList(),
            ImmigrationStatus = child.ImmigrationStatus?.Code,
            IsUnaccompaniedAsylumSeekingChild = child.IsUnaccompaniedAsylumSeekingChild,
            NhsNumber = child.NhsNumber?.Display,
            Upn = child.Upn?.Value,
        };
    }
}
