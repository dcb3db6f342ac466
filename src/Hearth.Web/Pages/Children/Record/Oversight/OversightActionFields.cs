using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Recording;
using Hearth.Web.TagHelpers.Govuk;

namespace Hearth.Web.Pages.Children.Record.Oversight;

/// <summary>One action row of the oversight form, as typed.</summary>
public sealed class OversightActionFields
{
    [Display(Name = "What needs to be done")]
    public string? What { get; set; }

    [Display(Name = "Who it is for")]
    public Guid? WorkerId { get; set; }

    [DateInput]
    [Display(Name = "Due by")]
    public DateOnly? DueDate { get; set; }

    public OversightActionInput ToInput() => new(What, WorkerId, DueDate);
}
