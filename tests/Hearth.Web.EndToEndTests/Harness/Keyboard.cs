using Microsoft.Playwright;

namespace Hearth.Web.EndToEndTests.Harness;

/// <summary>Moves through a page as a keyboard user does and reports where focus is.</summary>
public static class Keyboard
{
    public static async Task<FocusedElement> TabAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Keyboard.PressAsync("Tab");
        return await FocusedAsync(page);
    }

    public static async Task<FocusedElement> PressAsync(IPage page, string key)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Keyboard.PressAsync(key);
        return await FocusedAsync(page);
    }

    public static async Task<FocusedElement> FocusedAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var focused = await page.EvaluateAsync<string[]>(
            "() => { const e = document.activeElement; return [e.tagName.toLowerCase(), e.id ?? '', e.className ?? '', (e.textContent ?? '').trim()]; }");
        return new FocusedElement(focused[0], focused[1], focused[2], focused[3]);
    }
}

public sealed record FocusedElement(string TagName, string Id, string CssClass, string Text);
