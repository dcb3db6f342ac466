namespace Hearth.Domain.Referrals;

/// <summary>The plans of an episode still open, in the words the closure rule uses to name them.</summary>
public static class OpenPlans
{
    public static IReadOnlyList<string> Describe(bool childProtectionPlanOpen, bool childInNeedPlanOpen) =>
        [.. new[] { (childProtectionPlanOpen, "the child protection plan"), (childInNeedPlanOpen, "the child in need plan") }.Where(p => p.Item1).Select(p => p.Item2)];
}
