namespace Hearth.Simulation;

/// <summary>Every random choice the simulator makes, from one seeded generator, so the same seed gives the same history.</summary>
internal sealed class Dice(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>A generator for one family that depends only on the run's seed and the family's number.</summary>
    public static Dice ForFamily(int seed, int family) => new(unchecked((seed * 1_000_003) ^ (family * 7_919) ^ 0x5f3759df));

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public int Between(int min, int max) => _random.Next(min, max + 1);

    public double Uniform() => _random.NextDouble();

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public T Weighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var roll = _random.NextDouble() * items.Sum(i => i.Weight);
        foreach (var (item, weight) in items)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    /// <summary>A log-normal draw with the given median: many short, a few long, as durations are.</summary>
    public double LogNormal(double median, double spread)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return median * Math.Exp(spread * normal);
    }
}
