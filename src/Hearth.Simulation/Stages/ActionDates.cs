namespace Hearth.Simulation.Stages;

/// <summary>When the people a plan names do what it asks of them.</summary>
internal static class ActionDates
{
    /// <summary>On or a little before the date set; at the imperfection rate, weeks after it. Never before <paramref name="earliest"/>.</summary>
    public static DateOnly DoneOn(DateOnly byWhen, DateOnly earliest, Dice dice, double late)
    {
        var done = dice.Chance(late) ? byWhen.AddDays(dice.Between(7, 42)) : byWhen.AddDays(-dice.Between(0, 14));
        return done < earliest ? earliest : done;
    }
}
