using AngleSharp.Dom;
using AngleSharp.Html.Parser;

using Hearth.Web.TagHelpers.Govuk;

using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Hearth.Web.Tests.TagHelpers;

public sealed class BoundFieldTests(RazorFixtureRenderer renderer) : IClassFixture<RazorFixtureRenderer>
{
    [Fact]
    public async Task Render_ModelValues_FillsEveryField()
    {
        var form = new BoundForm
        {
            LastName = "Okafor",
            DateOfBirth = new DateOnly(2015, 3, 9),
            LivesWith = "relative",
            Needs = ["education"],
            Summary = "Lives with her aunt.",
        };

        var page = await RenderAsync(form, new ModelStateDictionary());

        page.QuerySelector("#LastName")!.GetAttribute("value").ShouldBe("Okafor");
        page.QuerySelector("#LastName")!.GetAttribute("name").ShouldBe("LastName");
        page.QuerySelector("label[for=LastName]")!.TextContent.Trim().ShouldBe("Last name");
        page.QuerySelector("#DateOfBirth-day")!.GetAttribute("value").ShouldBe("9");
        page.QuerySelector("#DateOfBirth-month")!.GetAttribute("value").ShouldBe("3");
        page.QuerySelector("#DateOfBirth-year")!.GetAttribute("value").ShouldBe("2015");
        page.QuerySelector("#DateOfBirth-day")!.GetAttribute("name").ShouldBe("DateOfBirth.Day");
        page.QuerySelector("input[value=relative]")!.HasAttribute("checked").ShouldBeTrue();
        page.QuerySelector("input[value=parents]")!.HasAttribute("checked").ShouldBeFalse();
        page.QuerySelector("input[value=education]")!.HasAttribute("checked").ShouldBeTrue();
        page.QuerySelector("#Summary")!.TextContent.ShouldBe("Lives with her aunt.");
        page.QuerySelector(".govuk-error-summary").ShouldBeNull();
    }

    [Fact]
    public async Task Render_InvalidModelState_KeepsWhatTheUserTypedAndShowsInlineErrors()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("LastName", "O'Brien-", "O'Brien-");
        modelState.AddModelError("LastName", "Last name must only include letters, hyphens and apostrophes");
        modelState.SetModelValue("LivesWith", "parents", "parents");

        var page = await RenderAsync(new BoundForm { LastName = "Smith" }, modelState);

        var input = page.QuerySelector("#LastName")!;
        input.GetAttribute("value").ShouldBe("O'Brien-");
        input.ClassList.ShouldContain("govuk-input--error");
        input.GetAttribute("aria-describedby").ShouldBe("LastName-error");
        page.QuerySelector("#LastName-error")!.TextContent.ShouldContain("Last name must only include letters, hyphens and apostrophes");
        page.QuerySelector("input[value=parents]")!.HasAttribute("checked").ShouldBeTrue();
    }

    [Fact]
    public async Task Render_ErrorsOnSeveralFields_SummaryListsThemInFieldOrderWithLinks()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("LastName", "", "");
        modelState.SetModelValue("DateOfBirth.Day", "31", "31");
        modelState.SetModelValue("DateOfBirth.Month", "2", "2");
        modelState.SetModelValue("DateOfBirth.Year", "2020", "2020");
        modelState.SetModelValue("Summary", "", "");
        modelState.AddModelError("Summary", "Enter a summary");
        modelState.AddModelError("LastName", "Enter their last name");
        modelState.AddModelError("DateOfBirth", "Date of birth must be a real date");
        modelState["DateOfBirth.Day"]!.ValidationState = ModelValidationState.Invalid;

        var page = await RenderAsync(new BoundForm(), modelState);

        var links = page.QuerySelectorAll(".govuk-error-summary__list a")
            .Select(a => (Href: a.GetAttribute("href"), Text: a.TextContent.Trim()))
            .ToList();
        links.ShouldBe(
        [
            ("#LastName", "Enter their last name"),
            ("#DateOfBirth-day", "Date of birth must be a real date"),
            ("#Summary", "Enter a summary"),
        ]);
    }

    [Fact]
    public async Task Render_DateWithOneWrongPart_HighlightsOnlyThatPartAndKeepsTypedValues()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("DateOfBirth.Day", "12", "12");
        modelState.SetModelValue("DateOfBirth.Month", "", "");
        modelState.SetModelValue("DateOfBirth.Year", "2019", "2019");
        modelState.AddModelError("DateOfBirth", "Date of birth must include a month");
        modelState["DateOfBirth.Month"]!.ValidationState = ModelValidationState.Invalid;

        var page = await RenderAsync(new BoundForm(), modelState);

        page.QuerySelector("#DateOfBirth-day")!.GetAttribute("value").ShouldBe("12");
        page.QuerySelector("#DateOfBirth-year")!.GetAttribute("value").ShouldBe("2019");
        page.QuerySelectorAll(".govuk-date-input__input.govuk-input--error").Select(e => e.Id).ShouldBe(["DateOfBirth-month"]);
        page.QuerySelector("#DateOfBirth-error")!.TextContent.ShouldContain("Date of birth must include a month");
        page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href").ShouldBe("#DateOfBirth-month");
    }

    [Fact]
    public async Task Render_DateErrorNotAboutAPart_HighlightsEveryPart()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("DateOfBirth.Day", "1", "1");
        modelState.SetModelValue("DateOfBirth.Month", "1", "1");
        modelState.SetModelValue("DateOfBirth.Year", "2099", "2099");
        modelState.AddModelError("DateOfBirth", "Date of birth must be today or in the past");

        var page = await RenderAsync(new BoundForm(), modelState);

        page.QuerySelectorAll(".govuk-date-input__input.govuk-input--error").Length.ShouldBe(3);
        page.QuerySelector(".govuk-error-summary a")!.GetAttribute("href").ShouldBe("#DateOfBirth-day");
    }

    private async Task<IDocument> RenderAsync(BoundForm form, ModelStateDictionary modelState)
    {
        var html = await renderer.RenderAsync("Bound", form, modelState);
        return new HtmlParser().ParseDocument(html);
    }
}
