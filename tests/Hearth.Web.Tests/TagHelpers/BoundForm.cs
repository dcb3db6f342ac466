using System.ComponentModel.DataAnnotations;

using Hearth.Web.TagHelpers.Govuk;

namespace Hearth.Web.Tests.TagHelpers;

public sealed class BoundForm
{
    [Display(Name = "Last name")]
    public string? LastName { get; set; }

    [DateInput]
    [Display(Name = "Date of birth")]
    public DateOnly? DateOfBirth { get; set; }

    public string? LivesWith { get; set; }

    public List<string> Needs { get; set; } = [];

    public string? Summary { get; set; }
}
