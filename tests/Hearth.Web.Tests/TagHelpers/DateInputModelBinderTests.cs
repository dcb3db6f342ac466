using System.Globalization;

using Hearth.Web.TagHelpers.Govuk;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Hearth.Web.Tests.TagHelpers;

public sealed class DateInputModelBinderTests(RazorFixtureRenderer renderer) : IClassFixture<RazorFixtureRenderer>
{
    [Fact]
    public async Task Bind_RealDate_ReturnsTheDate()
    {
        var (result, modelState) = await BindAsync("9", "3", "2015");

        result.IsModelSet.ShouldBeTrue();
        result.Model.ShouldBe(new DateOnly(2015, 3, 9));
        modelState.ErrorCount.ShouldBe(0);
    }

    [Fact]
    public async Task Bind_RealDate_LeavesModelStateValid()
    {
        var (_, modelState) = await BindAsync("9", "3", "2015");

        modelState.IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task Bind_NothingEntered_LeavesModelStateValidForRequiredToSpeak()
    {
        var (result, modelState) = await BindAsync("", "", "");

        result.IsModelSet.ShouldBeFalse();
        modelState.IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task Bind_MonthAsName_ReturnsTheDate()
    {
        var (result, _) = await BindAsync("9", "Mar", "2015");

        result.Model.ShouldBe(new DateOnly(2015, 3, 9));
    }

    [Fact]
    public async Task Bind_ThirtyFirstOfFebruary_KeepsTypedValuesAndSaysMustBeARealDate()
    {
        var (result, modelState) = await BindAsync("31", "2", "2020");

        result.IsModelSet.ShouldBeFalse();
        modelState["DateOfBirth"]!.Errors.Single().ErrorMessage.ShouldBe("Date of birth must be a real date");
        modelState["DateOfBirth.Day"]!.AttemptedValue.ShouldBe("31");
        modelState["DateOfBirth.Month"]!.AttemptedValue.ShouldBe("2");
        modelState["DateOfBirth.Year"]!.AttemptedValue.ShouldBe("2020");
        WrongParts(modelState).ShouldBe([DatePart.Day]);
    }

    [Fact]
    public async Task Bind_MissingMonth_SaysMustIncludeAMonth()
    {
        var (_, modelState) = await BindAsync("12", "", "2019");

        modelState["DateOfBirth"]!.Errors.Single().ErrorMessage.ShouldBe("Date of birth must include a month");
        WrongParts(modelState).ShouldBe([DatePart.Month]);
    }

    [Fact]
    public async Task Bind_MissingDayAndYear_SaysMustIncludeADayAndYear()
    {
        var (_, modelState) = await BindAsync("", "4", "");

        modelState["DateOfBirth"]!.Errors.Single().ErrorMessage.ShouldBe("Date of birth must include a day and year");
        WrongParts(modelState).ShouldBe([DatePart.Day, DatePart.Year]);
    }

    [Fact]
    public async Task Bind_MonthThirteen_HighlightsTheMonth()
    {
        var (_, modelState) = await BindAsync("1", "13", "2019");

        modelState["DateOfBirth"]!.Errors.Single().ErrorMessage.ShouldBe("Date of birth must be a real date");
        WrongParts(modelState).ShouldBe([DatePart.Month]);
    }

    [Fact]
    public async Task Bind_TwoDigitYear_SaysYearMustIncludeFourNumbers()
    {
        var (_, modelState) = await BindAsync("1", "1", "19");

        modelState["DateOfBirth"]!.Errors.Single().ErrorMessage.ShouldBe("Year must include 4 numbers");
        WrongParts(modelState).ShouldBe([DatePart.Year]);
    }

    [Fact]
    public async Task Bind_NothingEntered_SetsNoModelAndNoErrorSoRequiredCanSpeak()
    {
        var (result, modelState) = await BindAsync("", "", "");

        result.IsModelSet.ShouldBeFalse();
        modelState.ErrorCount.ShouldBe(0);
    }

    [Fact]
    public void GetBinder_DateWithoutAttribute_IsNotBoundAsADateInput()
    {
        var metadata = renderer.Services.GetRequiredService<IModelMetadataProvider>();
        var provider = new DateInputModelBinderProvider();

        var withAttribute = provider.GetBinder(new TestBinderProviderContext(metadata.GetMetadataForProperty(typeof(BoundForm), nameof(BoundForm.DateOfBirth))));
        var withoutAttribute = provider.GetBinder(new TestBinderProviderContext(metadata.GetMetadataForProperty(typeof(DateHolder), nameof(DateHolder.Plain))));

        withAttribute.ShouldBeOfType<DateInputModelBinder>();
        withoutAttribute.ShouldBeNull();
    }

    private static DatePart[] WrongParts(ModelStateDictionary modelState) =>
        Enum.GetValues<DatePart>()
            .Where(part => modelState.GetFieldValidationState($"DateOfBirth.{part}") == ModelValidationState.Invalid)
            .ToArray();

    private async Task<(ModelBindingResult Result, ModelStateDictionary ModelState)> BindAsync(string day, string month, string year)
    {
        var metadataProvider = renderer.Services.GetRequiredService<IModelMetadataProvider>();
        var metadata = metadataProvider.GetMetadataForProperty(typeof(BoundForm), nameof(BoundForm.DateOfBirth));
        var form = new FormCollection(new Dictionary<string, StringValues>
        {
            ["DateOfBirth.Day"] = day,
            ["DateOfBirth.Month"] = month,
            ["DateOfBirth.Year"] = year,
        });
        var actionContext = new ActionContext(new DefaultHttpContext(), new RouteData(), new ActionDescriptor());
        var context = DefaultModelBindingContext.CreateBindingContext(
            actionContext,
            new FormValueProvider(BindingSource.Form, form, CultureInfo.InvariantCulture),
            metadata,
            bindingInfo: null,
            modelName: "DateOfBirth");

        await new DateInputModelBinder().BindModelAsync(context);
        return (context.Result, actionContext.ModelState);
    }

    private sealed class DateHolder
    {
        public DateOnly? Plain { get; set; }
    }

    private sealed class TestBinderProviderContext(ModelMetadata metadata) : ModelBinderProviderContext
    {
        public override BindingInfo BindingInfo { get; } = new();

        public override ModelMetadata Metadata { get; } = metadata;

        public override IModelMetadataProvider MetadataProvider => throw new NotSupportedException();

        public override IModelBinder CreateBinder(ModelMetadata metadata) => throw new NotSupportedException();
    }
}
