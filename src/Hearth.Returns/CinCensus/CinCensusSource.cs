using Hearth.Data;
using Hearth.Domain.Assessments;
using Hearth.Domain.ChildInNeed;
using Hearth.Domain.ChildProtection;
using Hearth.Domain.Children;
using Hearth.Domain.Referrals;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Returns.CinCensus;

/// <summary>
/// Loads the read-only snapshot a CIN census is built from: every child with a child in need episode open at any
/// time in the collection year, and that episode's assessments, plans, enquiries and conferences. One query per
/// table, each filtered in SQL by the year's episodes, read without tracking.
/// </summary>
public static class CinCensusSource
{
    /// <summary>The whole local authority's census year.</summary>
    public static Task<CinCensusSnapshot> LoadAsync(HearthDbContext db, CinCollectionYear year, CancellationToken cancellationToken = default) =>
        LoadAsync(db, year, childIds: null, cancellationToken);

    /// <summary>One child's part of the census year, for the checks on their record.</summary>
    public static Task<CinCensusSnapshot> LoadChildAsync(HearthDbContext db, CinCollectionYear year, Guid childId, CancellationToken cancellationToken = default) =>
        LoadAsync(db, year, [childId], cancellationToken);

    /// <summary>
    /// The census year in parts of <paramref name="childrenPerPart"/> children, in LA child ID order, so that a census of
    /// any size (England's million children) is built and checked in flat memory. The next part is read while the
    /// caller works on this one: the caller must not use <paramref name="db"/> until it asks for the next part.
    /// </summary>
    public static async IAsyncEnumerable<CinCensusSnapshot> LoadInPartsAsync(
        HearthDbContext db,
        CinCollectionYear year,
        int childrenPerPart = 20_000,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(childrenPerPart, 1);
        var episodes = EpisodesInYear(db, year);
        var children = await db.Set<Child>().AsNoTracking()
            .Where(c => episodes.Any(e => e.ChildId == c.Id))
            .Select(c => new { c.Id, c.LaChildId })
            .ToListAsync(cancellationToken);
        var parts = children.OrderBy(c => c.LaChildId.Value, StringComparer.Ordinal).Select(c => c.Id).Chunk(childrenPerPart).ToList();
        children.Clear();
        var next = parts.Count > 0 ? LoadAsync(db, year, parts[0], cancellationToken) : null;
        for (var i = 0; next is not null; i++)
        {
            var part = await next;
            next = i + 1 < parts.Count ? LoadAsync(db, year, parts[i + 1], cancellationToken) : null;
            yield return part;
        }
    }

    private static IQueryable<ChildInNeedEpisode> EpisodesInYear(HearthDbContext db, CinCollectionYear year)
    {
        var start = year.StartDate;
        var end = year.ReferenceDate;
        return db.Set<ChildInNeedEpisode>().AsNoTracking().Where(e => e.ReferralDate <= end && (e.ClosureDate == null || e.ClosureDate >= start));
    }

    private static async Task<CinCensusSnapshot> LoadAsync(HearthDbContext db, CinCollectionYear year, IReadOnlyCollection<Guid>? childIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(year);
        var start = year.StartDate;
        var end = year.ReferenceDate;
        var episodes = EpisodesInYear(db, year);
        if (childIds is not null)
        {
            episodes = episodes.Where(e => childIds.Contains(e.ChildId));
        }

        var episodeRows = await episodes
            .Select(e => new CinSourceEpisode(e.Id, e.ChildId, e.ReferralDate, e.Source, e.PrimaryNeed, e.ClosureDate, e.ClosureReason, e.IsReferralNoFurtherAction))
            .ToListAsync(cancellationToken);
        if (episodeRows.Count == 0)
        {
            // No child in need activity in the year (most children's records, looked at one at a time): nothing else to read.
            return new CinCensusSnapshot(year, [], [], [], [], [], [], []);
        }

        var children = await db.Set<Child>().AsNoTracking()
            .Where(c => episodes.Any(e => e.ChildId == c.Id))
            .Select(c => new CinSourceChild(
                c.Id, c.LaChildId, c.Upn, c.FormerUpns, c.DateOfBirth, c.ExpectedDateOfBirth, c.Sex, c.Ethnicity, c.DateOfDeath, c.Disabilities))
            .ToListAsync(cancellationToken);

        var assessments = await db.Set<ChildAndFamilyAssessment>().AsNoTracking()
            .Where(a => a.StartDate <= end && episodes.Any(e => e.Id == a.EpisodeId))
            .Select(a => new CinSourceAssessment(a.Id, a.EpisodeId, a.StartDate, a.AuthorisedOn, a.Factors))
            .ToListAsync(cancellationToken);

        var childInNeedPlans = await db.Set<ChildInNeedPlan>().AsNoTracking()
            .Where(p => p.StartDate <= end && (p.EndDate == null || p.EndDate >= start) && episodes.Any(e => e.Id == p.EpisodeId))
            .Select(p => new CinSourceChildInNeedPlan(p.Id, p.EpisodeId, p.StartDate, p.EndDate))
            .ToListAsync(cancellationToken);

        var enquiries = await db.Set<Section47Enquiry>().AsNoTracking()
            .Where(s => s.StartDate <= end && episodes.Any(e => e.Id == s.EpisodeId))
            .Select(s => new CinSourceEnquiry(
                s.Id, s.EpisodeId, s.StartDate, s.InitialConferenceTarget, s.InitialConferenceHeldOn, s.InitialConferenceId, s.Outcome, s.CompletedOn))
            .ToListAsync(cancellationToken);

        var conferences = await db.Set<ChildProtectionConference>().AsNoTracking()
            .Where(c => c.HeldOn <= end && episodes.Any(e => e.Id == c.EpisodeId))
            .Select(c => new CinSourceConference(c.Id, c.EpisodeId, c.PlanId, c.Kind, c.HeldOn))
            .ToListAsync(cancellationToken);

        var protectionPlans = await db.Set<ChildProtectionPlan>().AsNoTracking()
            .Where(p => p.StartDate <= end && (p.EndDate == null || p.EndDate >= start) && episodes.Any(e => e.Id == p.EpisodeId))
            .Select(p => new CinSourceChildProtectionPlan(
                p.Id, p.EpisodeId, p.StartDate, p.EndDate, p.InitialCategory, p.LatestCategory, p.NumberOfPreviousPlans))
            .ToListAsync(cancellationToken);

        return new CinCensusSnapshot(year, children, episodeRows, assessments, childInNeedPlans, enquiries, conferences, protectionPlans);
    }
}

/// <summary>What the census needs from the database for one collection year, as read by <see cref="CinCensusSource"/>.</summary>
public sealed record CinCensusSnapshot(
    CinCollectionYear Year,
    IReadOnlyList<CinSourceChild> Children,
    IReadOnlyList<CinSourceEpisode> Episodes,
    IReadOnlyList<CinSourceAssessment> Assessments,
    IReadOnlyList<CinSourceChildInNeedPlan> ChildInNeedPlans,
    IReadOnlyList<CinSourceEnquiry> Enquiries,
    IReadOnlyList<CinSourceConference> Conferences,
    IReadOnlyList<CinSourceChildProtectionPlan> ChildProtectionPlans);

/// <summary>A child's identifiers and characteristics as the census reports them.</summary>
public sealed record CinSourceChild(
    Guid Id,
    LocalAuthorityChildId LaChildId,
    UniquePupilNumber? Upn,
    IReadOnlyList<UniquePupilNumber> FormerUpns,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    Sex Sex,
    Ethnicity Ethnicity,
    DateOnly? DateOfDeath,
    IReadOnlyList<Disability> Disabilities);

/// <summary>A child in need episode: the census <c>CINdetails</c>.</summary>
public sealed record CinSourceEpisode(
    Guid Id,
    Guid ChildId,
    DateOnly ReferralDate,
    Hearth.Domain.FrontDoor.ReferralSource Source,
    PrimaryNeed PrimaryNeed,
    DateOnly? ClosureDate,
    ClosureReason? ClosureReason,
    bool IsReferralNoFurtherAction);

public sealed record CinSourceAssessment(Guid Id, Guid EpisodeId, DateOnly StartDate, DateOnly? AuthorisedOn, IReadOnlyList<AssessmentFactor> Factors);

public sealed record CinSourceChildInNeedPlan(Guid Id, Guid EpisodeId, DateOnly StartDate, DateOnly? EndDate);

public sealed record CinSourceEnquiry(
    Guid Id,
    Guid EpisodeId,
    DateOnly StartDate,
    DateOnly InitialConferenceTarget,
    DateOnly? InitialConferenceHeldOn,
    Guid? InitialConferenceId,
    Section47Outcome? Outcome,
    DateOnly? CompletedOn);

public sealed record CinSourceConference(Guid Id, Guid EpisodeId, Guid? PlanId, ConferenceKind Kind, DateOnly HeldOn);

public sealed record CinSourceChildProtectionPlan(
    Guid Id,
    Guid EpisodeId,
    DateOnly StartDate,
    DateOnly? EndDate,
    CategoryOfAbuse InitialCategory,
    CategoryOfAbuse LatestCategory,
    int NumberOfPreviousPlans);
