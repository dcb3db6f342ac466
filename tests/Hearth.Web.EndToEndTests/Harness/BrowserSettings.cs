namespace Hearth.Web.EndToEndTests.Harness;

public static class BrowserSettings
{
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("HEARTH_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool ChromiumIsMissing => !File.Exists(ChromiumPath);

    public static string SkipReason =>
        $"Chromium not found at {ChromiumPath} (set HEARTH_CHROMIUM). With CI=true this test fails instead of skipping.";
}

/// <summary>A test that drives Chromium: skipped where Chromium is missing, except under CI=true where it must run.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserSettings.ChromiumIsMissing && !BrowserSettings.IsCi)
        {
            Skip = BrowserSettings.SkipReason;
        }
    }
}

/// <summary>The theory form of <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (BrowserSettings.ChromiumIsMissing && !BrowserSettings.IsCi)
        {
            Skip = BrowserSettings.SkipReason;
        }
    }
}
