using System.ComponentModel.DataAnnotations;
using Hearth.Domain.Recording;
using Hearth.Web.Pages.Children.Record.Visits;
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

    /// <summary>The action as entered, with the chosen worker's name for the record's history.</summary>
    public OversightActionInput ToInput(IReadOnlyList<WorkerChoice> workers) =>
        new(What, WorkerId, DueDate, workers.FirstOrDefault(w => w.Id == WorkerId)?.Name);
}
