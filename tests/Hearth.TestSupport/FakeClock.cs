namespace Hearth.TestSupport;

/// <summary>A clock that stands still until a test moves it. Local time is Europe/London, as in production.</summary>
public sealed class FakeClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now.ToUniversalTime();

    public static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public override TimeZoneInfo LocalTimeZone => London;

    public override DateTimeOffset GetUtcNow() => _now;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_now, London).DateTime);

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset now) => _now = now.ToUniversalTime();
}
