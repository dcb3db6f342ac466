using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Hearth.Web.TagHelpers.Govuk;

internal abstract record ChoiceEntry;

internal sealed record ChoiceItem(string Value, IHtmlContent Label, string? Hint, bool? Checked, string? Id, bool Disabled, string? Behaviour, IHtmlContent? Conditional) : ChoiceEntry;

internal sealed record ChoiceDivider(IHtmlContent Content) : ChoiceEntry;

internal sealed class ChoiceItemContext
{
    public IHtmlContent? Conditional { get; set; }
}

/// <summary>What GOV.UK radios and checkboxes share: a fieldset, items with hints, conditional reveals and dividers.</summary>
public abstract class ChoicesTagHelper : FieldsetFieldTagHelper
{
    private protected abstract string Kind { get; }

    private protected abstract string InputType { get; }

    [HtmlAttributeName("id-prefix")]
    public string? IdPrefix { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var entries = new List<ChoiceEntry>();
        context.Items[typeof(ChoicesTagHelper)] = entries;
        await output.GetChildContentAsync();

        var idPrefix = IdPrefix ?? FieldId;
        var name = FieldName;
        var error = ErrorContent;
        var hintId = Hint is null ? null : $"{idPrefix}-hint";
        var errorId = error is null ? null : $"{idPrefix}-error";
        var current = CurrentValues();

        var choices = GovukHtml.Element("div", $"govuk-{Kind}");
        GovukHtml.MergeUnboundAttributes(output, choices);
        choices.Attributes["data-module"] = $"govuk-{Kind}";

        for (var index = 1; index <= entries.Count; index++)
        {
            switch (entries[index - 1])
            {
                case ChoiceDivider divider:
                    var dividerElement = GovukHtml.Element("div", $"govuk-{Kind}__divider");
                    dividerElement.InnerHtml.AppendHtml(divider.Content);
                    choices.InnerHtml.AppendHtml(dividerElement);
                    break;
                case ChoiceItem item:
                    var itemId = item.Id ?? (index == 1 ? idPrefix : $"{idPrefix}-{index}");
                    var isChecked = item.Checked ?? current.Contains(item.Value);
                    AppendItem(choices, item, itemId, name, isChecked);
                    break;
            }
        }

        var group = GovukHtml.FormGroup(error is not null, FormGroupClass);
        var container = LegendContent is null
            ? group
            : GovukHtml.Fieldset(LegendContent, LegendClass, LegendIsPageHeading, GovukHtml.DescribedBy(hintId, errorId));
        if (hintId is not null)
        {
            container.InnerHtml.AppendHtml(GovukHtml.Hint(hintId, GovukHtml.Text(Hint!)));
        }

        if (errorId is not null)
        {
            container.InnerHtml.AppendHtml(GovukHtml.ErrorMessage(errorId, error!));
        }

        container.InnerHtml.AppendHtml(choices);
        if (container != group)
        {
            group.InnerHtml.AppendHtml(container);
        }

        GovukHtml.Replace(output, group);
    }

    private void AppendItem(TagBuilder choices, ChoiceItem item, string itemId, string name, bool isChecked)
    {
        var itemHintId = item.Hint is null ? null : $"{itemId}-item-hint";
        var conditionalId = item.Conditional is null ? null : $"conditional-{itemId}";

        var input = GovukHtml.Element("input", $"govuk-{Kind}__input");
        input.TagRenderMode = TagRenderMode.SelfClosing;
        input.Attributes["id"] = itemId;
        input.Attributes["name"] = name;
        input.Attributes["type"] = InputType;
        input.Attributes["value"] = item.Value;
        if (isChecked)
        {
            input.Attributes["checked"] = "";
        }

        if (item.Disabled)
        {
            input.Attributes["disabled"] = "";
        }

        if (conditionalId is not null)
        {
            input.Attributes["data-aria-controls"] = conditionalId;
        }

        if (itemHintId is not null)
        {
            input.Attributes["aria-describedby"] = itemHintId;
        }

        if (item.Behaviour is not null)
        {
            input.Attributes["data-behaviour"] = item.Behaviour;
        }

        var itemElement = GovukHtml.Element("div", $"govuk-{Kind}__item");
        itemElement.InnerHtml.AppendHtml(input);
        itemElement.InnerHtml.AppendHtml(GovukHtml.Label(itemId, item.Label, null, false, $"govuk-{Kind}__label"));
        if (itemHintId is not null)
        {
            itemElement.InnerHtml.AppendHtml(GovukHtml.Hint(itemHintId, GovukHtml.Text(item.Hint!), $"govuk-{Kind}__hint"));
        }

        choices.InnerHtml.AppendHtml(itemElement);

        if (conditionalId is not null)
        {
            var conditional = GovukHtml.Element("div", GovukHtml.Classes($"govuk-{Kind}__conditional", isChecked ? null : $"govuk-{Kind}__conditional--hidden"));
            conditional.Attributes["id"] = conditionalId;
            conditional.InnerHtml.AppendHtml(item.Conditional!);
            choices.InnerHtml.AppendHtml(conditional);
        }
    }
}

/// <summary>
/// GOV.UK radios: <c>&lt;govuk-radios asp-for="Answer" legend="..."&gt;&lt;govuk-radios-item value="yes"&gt;Yes&lt;/govuk-radios-item&gt;...</c>.
/// <c>class="govuk-radios--inline"</c> or <c>govuk-radios--small</c> go on the radios.
/// </summary>
[HtmlTargetElement("govuk-radios")]
[RestrictChildren("govuk-radios-item", "govuk-radios-divider")]
public sealed class RadiosTagHelper : ChoicesTagHelper
{
    private protected override string Kind => "radios";

    private protected override string InputType => "radio";
}

/// <summary>
/// GOV.UK checkboxes, bound to a collection (or one value):
/// <c>&lt;govuk-checkboxes asp-for="Needs" legend="..."&gt;&lt;govuk-checkboxes-item value="..."&gt;...</c>.
/// </summary>
[HtmlTargetElement("govuk-checkboxes")]
[RestrictChildren("govuk-checkboxes-item", "govuk-checkboxes-divider")]
public sealed class CheckboxesTagHelper : ChoicesTagHelper
{
    private protected override string Kind => "checkboxes";

    private protected override string InputType => "checkbox";
}

[HtmlTargetElement("govuk-radios-item", ParentTag = "govuk-radios")]
[HtmlTargetElement("govuk-checkboxes-item", ParentTag = "govuk-checkboxes")]
public sealed class ChoiceItemTagHelper : TagHelper
{
    [HtmlAttributeName("value")]
    public string Value { get; set; } = "";

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    [HtmlAttributeName("checked")]
    public bool? Checked { get; set; }

    [HtmlAttributeName("id")]
    public string? Id { get; set; }

    [HtmlAttributeName("disabled")]
    public bool Disabled { get; set; }

    /// <summary>For checkboxes: <c>exclusive</c> on a "None of these" option unticks the others.</summary>
    [HtmlAttributeName("behaviour")]
    public string? Behaviour { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var itemContext = new ChoiceItemContext();
        context.Items[typeof(ChoiceItemContext)] = itemContext;
        var label = await output.GetChildContentAsync();
        ((List<ChoiceEntry>)context.Items[typeof(ChoicesTagHelper)]).Add(
            new ChoiceItem(Value, new HtmlString(label.GetContent().Trim()), Hint, Checked, Id, Disabled, Behaviour, itemContext.Conditional));
        output.SuppressOutput();
    }
}

/// <summary>Content revealed when its item is chosen (GOV.UK conditional reveal). Put it inside the item.</summary>
[HtmlTargetElement("govuk-radios-conditional", ParentTag = "govuk-radios-item")]
[HtmlTargetElement("govuk-checkboxes-conditional", ParentTag = "govuk-checkboxes-item")]
public sealed class ChoiceConditionalTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var content = await output.GetChildContentAsync();
        ((ChoiceItemContext)context.Items[typeof(ChoiceItemContext)]).Conditional = new HtmlString(content.GetContent());
        output.SuppressOutput();
    }
}

[HtmlTargetElement("govuk-radios-divider", ParentTag = "govuk-radios")]
[HtmlTargetElement("govuk-checkboxes-divider", ParentTag = "govuk-checkboxes")]
public sealed class ChoiceDividerTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var content = await output.GetChildContentAsync();
        ((List<ChoiceEntry>)context.Items[typeof(ChoicesTagHelper)]).Add(new ChoiceDivider(new HtmlString(content.GetContent().Trim())));
        output.SuppressOutput();
    }
}
