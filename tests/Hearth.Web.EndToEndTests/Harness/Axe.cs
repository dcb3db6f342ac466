using System.Text.Json;

using Microsoft.Playwright;

namespace Hearth.Web.EndToEndTests.Harness;

/// <summary>Runs axe-core (from the npm package, copied next to the tests) on the current page.</summary>
public static class Axe
{
    private static readonly string Source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js"));

    public sealed record Violation(string Id, string Impact, string Help, IReadOnlyList<string> Targets);

    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);

        // Evaluated through the DevTools protocol, so the page's content security policy (no inline script) still
        // applies to everything the page itself runs.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.EvaluateAsync(Source);
        }

        // GOV.UK Frontend sets aria-expanded on a radio or checkbox that reveals a conditional question. That is not in
        // the ARIA spec, so axe reports it; GDS keep it on purpose because their research found screen readers announce
        // it usefully (govuk-frontend known issue #979). That one attribute on those inputs is the only thing passed over.
        await page.EvaluateAsync(
            """
            () => {
                window.isGovukConditionalReveal = node => {
                    const element = document.querySelector(node.target.join(' '));
                    const onlyExpanded = (node.failureSummary ?? '').includes('aria-expanded')
                        && !/aria-(?!expanded)[a-z]+=/.test(node.failureSummary ?? '');
                    return onlyExpanded && element?.matches('input.govuk-radios__input[aria-controls], input.govuk-checkboxes__input[aria-controls]');
                };
            }
            """);

        var result = await page.EvaluateAsync<JsonElement>(
            """
            async () => (await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }
            })).violations.map(v => ({
                id: v.id, impact: v.impact ?? 'unknown', help: v.help,
                targets: v.nodes.filter(n => !(v.id === 'aria-allowed-attr' && isGovukConditionalReveal(n))).map(n => n.target.join(' '))
            })).filter(v => v.targets.length > 0)
            """);

        return result.EnumerateArray()
            .Select(v => new Violation(
                v.GetProperty("id").GetString()!,
                v.GetProperty("impact").GetString()!,
                v.GetProperty("help").GetString()!,
                v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList()))
            .ToList();
    }

    /// <summary>Fails the test with a readable list if axe finds any serious or critical violation.</summary>
    public static async Task ShouldHaveNoSeriousViolationsAsync(IPage page)
    {
        var serious = (await RunAsync(page)).Where(v => v.Impact is "serious" or "critical").ToList();
        serious.ShouldBeEmpty(string.Join(
            Environment.NewLine,
            serious.Select(v => $"{v.Impact}: {v.Id} ({v.Help}) at {string.Join(", ", v.Targets)}")));
    }
}
