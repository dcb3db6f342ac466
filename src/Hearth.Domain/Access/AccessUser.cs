using Hearth.Domain.Workforce;

namespace Hearth.Domain.Access;

/// <summary>What the access policy needs to know about the signed-in person.</summary>
/// <param name="AccountId">The user account.</param>
/// <param name="Role">The account's role.</param>
/// <param name="TeamId">The team of the linked worker, if any.</param>
/// <param name="TeamKind">The kind of that team, if any.</param>
/// <param name="WorkerId">The linked worker, so that a child allocated to them is always theirs to see.</param>
public sealed record AccessUser(Guid AccountId, Role Role, Guid? TeamId = null, TeamKind? TeamKind = null, Guid? WorkerId = null);
