using Hearth.Domain.Workforce;

namespace Hearth.Simulation;

/// <summary>A member of staff the caller names (the demo's people with sign-in accounts), who holds a post for the whole history.</summary>
public sealed record NamedWorker(string GivenName, string FamilyName, string Email, Role Role, TeamKind TeamKind, int DaysInPostBeforeStart = 400);

/// <summary>Who the simulator records as making every change.</summary>
public static class SimulationActor
{
    public static readonly Guid Id = new("00000000-0000-7000-8000-00000051a701");

    public const string Name = "Hearth simulation";
}
