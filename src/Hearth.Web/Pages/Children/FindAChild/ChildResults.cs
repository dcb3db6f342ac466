using Hearth.Data;
using Hearth.Data.Children;
using Hearth.Domain;
using Hearth.Domain.Access;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;
using Hearth.Web.Infrastructure.Access;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.FindAChild;

/// <summary>A row of a list of children found: what identifies the child, who holds them, why they are listed, and whether the user can open the record.</summary>
public sealed record ChildResultRow(
    Guid ChildId,
    string Name,
    string? PreferredName,
    string DateOfBirth,
    string? Age,
    string LaChildId,
    string? Postcode,
    string Allocation,
    IReadOnlyList<string> MatchedOn,
    bool CanOpen);

/// <summary>
/// Applies the access policy to children found by a search: a restricted record is left out for anyone not named
/// on it; any other child is listed, without a link when the user cannot open the record, so that nobody adds a
/// second record for a child Hearth already knows.
/// </summary>
public static class ChildResults
{
    public static async Task<IReadOnlyList<(ChildSearchMatch Match, bool CanOpen)>> ListableAsync(
        ChildAccess access, AccessUser user, IReadOnlyList<ChildSearchMatch> matches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        ArgumentNullException.ThrowIfNull(matches);
        var children = await access.LoadManyAsync(matches.Select(m => m.ChildId).ToList(), cancellationToken);
        var listed = new List<(ChildSearchMatch, bool)>();
        foreach (var match in matches)
        {
            if (!children.TryGetValue(match.ChildId, out var child))
            {
                continue;
            }

            var canOpen = AccessPolicy.CanView(user, child).IsAllowed;
            if (child.IsRestricted && !canOpen)
            {
                continue;
            }

            listed.Add((match, canOpen));
        }

        return listed;
    }

    public static async Task<IReadOnlyList<ChildResultRow>> RowsAsync(
        HearthDbContext db, DateOnly today, IReadOnlyList<(ChildSearchMatch Match, bool CanOpen)> listed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(listed);
        var ids = listed.Select(l => l.Match.ChildId).ToList();
        var allocations = (await db.Set<Allocation>().AsNoTracking()
                .Where(a => ids.Contains(a.ChildId) && a.StartDate <= today && (a.EndDate == null || a.EndDate > today))
                .Join(db.Set<Worker>(), a => a.WorkerId, w => w.Id, (a, w) => new { a.ChildId, a.TeamId, w.GivenName, w.FamilyName })
                .Join(db.Set<Team>(), a => a.TeamId, t => t.Id, (a, t) => new { a.ChildId, Worker = a.GivenName + " " + a.FamilyName, Team = t.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.ChildId);
        return listed.Select(l =>
        {
            var m = l.Match;
            var held = allocations[m.ChildId].Select(a => $"{a.Worker}, {a.Team}").ToList();
            var (born, age) = m.DateOfBirth is { } dob
                ? (DisplayDate.Of(dob), ChildAge.Describe(dob, today))
                : m.ExpectedDateOfBirth is { } due
                    ? ($"Due {DisplayDate.Of(due)}", (string?)"Unborn")
                    : ("Not known", null);
            return new ChildResultRow(m.ChildId, m.Name.FullName, m.Name.PreferredName, born, age, m.LaChildId, m.Postcode,
                held.Count == 0 ? "Unallocated" : string.Join("; ", held), m.MatchedOn, l.CanOpen);
        }).ToList();
    }
}
