using System.Linq.Expressions;
using Hearth.Domain.Children;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Hearth.Data.Children;

/// <summary>What someone asked "Find a child" for, each field already checked. Every field given must match.</summary>
public sealed record ChildSearchCriteria
{
    /// <summary>Any part of any name the child has or had; each word must match the start of a name, or sound like one.</summary>
    public string? Name { get; init; }

    public DateOnly? DateOfBirth { get; init; }

    public NhsNumber? NhsNumber { get; init; }

    /// <summary>The whole LA child ID or its start, letters and digits only; case does not matter.</summary>
    public string? LaChildId { get; init; }

    /// <summary>A whole postcode or its start ("BS23", "BS23 1").</summary>
    public PartialPostcode? Postcode { get; init; }

    public bool IsEmpty =>
        ChildSearchText.Words(Name).Count == 0 && DateOfBirth is null && NhsNumber is null && string.IsNullOrWhiteSpace(LaChildId) && Postcode is null;
}

/// <summary>How closely a searched name matched: the same word, the start of a word, or a word that sounds or looks alike.</summary>
public enum NameMatchStrength
{
    None = 0,
    Similar = 1,
    Prefix = 2,
    Exact = 3,
}

/// <summary>A child found by <see cref="ChildSearch"/>, with what matched, in words for the results table.</summary>
public sealed record ChildSearchMatch(
    Guid ChildId,
    string LaChildId,
    PersonName Name,
    DateOnly? DateOfBirth,
    DateOnly? ExpectedDateOfBirth,
    string? Postcode,
    IReadOnlyList<string> MatchedOn);

/// <summary>The children found, best match first; <see cref="ReachedLimit"/> when there were more than the search looks at.</summary>
public sealed record ChildSearchResults(IReadOnlyList<ChildSearchMatch> Matches, bool ReachedLimit);

/// <summary>
/// "Find a child" and the duplicate check's query. Candidates come from the database using the selective, indexed
/// conditions (NHS number, date of birth, LA child ID, postcode) with the name words on the search columns
/// (<see cref="ChildSearchText"/>); at most <see cref="CandidateLimit"/> are ranked in memory with
/// <see cref="NameMatching"/>: exact, then the start of a name, then a similar name.
/// </summary>
public sealed class ChildSearch(HearthDbContext db)
{
    /// <summary>
    /// How many children a search ranks and lists at most: eight pages of results. A name shared by more children than
    /// that (a common family name in a large authority) asks for a date of birth or a postcode instead, which is
    /// quicker for the worker than paging and keeps the search quick under load.
    /// </summary>
    public const int CandidateLimit = 200;

    /// <summary>How many children with the same date of birth or NHS number the duplicate check compares at most.</summary>
    public const int DuplicateCandidateLimit = 200;

    public async Task<ChildSearchResults> FindAsync(ChildSearchCriteria criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        if (criteria.IsEmpty)
        {
            return new ChildSearchResults([], false);
        }

        var words = ChildSearchText.Words(criteria.Name);
        var laChildId = criteria.LaChildId?.Trim().ToUpperInvariant();
        if (laChildId is not null && !laChildId.All(char.IsAsciiLetterOrDigit))
        {
            return new ChildSearchResults([], false);
        }

        // The LA child ID is mapped through a value converter, so its text is only reachable in SQL. IDs are kept as
        // the authority writes them; the start of one is looked for in upper and lower case as index ranges.
        var query = string.IsNullOrEmpty(laChildId)
            ? db.Set<Child>().AsNoTracking()
            : FromLaChildIdRanges(laChildId);

        if (criteria.NhsNumber is { } nhsNumber)
        {
            query = query.Where(c => c.NhsNumber == nhsNumber);
        }

        if (criteria.DateOfBirth is { } dateOfBirth)
        {
            query = query.Where(c => c.DateOfBirth == dateOfBirth);
        }

        if (criteria.Postcode is { } postcode)
        {
            query = WherePostcodeStartsWith(query, postcode);
        }

        foreach (var word in words)
        {
            // Each word is two index look-ups: a range for the names that start with it, equality for those that sound like it.
            var after = ChildSearchText.AfterPrefix(word);
            var sound = ChildSearchText.Soundex(word);
            var startsWith = db.Set<ChildSearchWord>()
                .Where(w => w.Word.CompareTo(word) >= 0 && w.Word.CompareTo(after) < 0)
                .Select(w => w.ChildId);
            var matching = sound.Length == 0
                ? startsWith
                : startsWith.Union(db.Set<ChildSearchWord>().Where(w => w.Sound == sound).Select(w => w.ChildId));
            query = query.Where(c => matching.Contains(c.Id));
        }

        var candidates = await OrderForLimit(query, words)
            .Take(CandidateLimit + 1)
            .Select(c => new
            {
                c.Id,
                c.LaChildId,
                c.Name,
                c.DateOfBirth,
                c.ExpectedDateOfBirth,
                Postcode = EF.Property<string?>(c, ChildSearchText.PostcodeColumn),
            })
            .ToListAsync(cancellationToken);

        // The other names come by the candidates' ids: as part of the query above, each collection would repeat its search.
        var candidateIds = candidates.Select(c => c.Id).ToList();
        var otherNames = words.Count == 0 || candidateIds.Count == 0
            ? []
            : await db.Set<Child>().AsNoTracking()
                .Where(c => candidateIds.Contains(c.Id))
                .Select(c => new { c.Id, FormerNames = c.FormerNames.Select(f => f.Name).ToList(), Aliases = c.Aliases.Select(a => a.Name).ToList() })
                .AsSplitQuery()
                .ToDictionaryAsync(c => c.Id, cancellationToken);

        var ranked = candidates.Take(CandidateLimit)
            .Select(c =>
            {
                var other = otherNames.GetValueOrDefault(c.Id);
                var name = BestName(words, c.Name, other?.Aliases ?? [], other?.FormerNames ?? []);
                var laIdExact = laChildId is not null && string.Equals(c.LaChildId.Value, laChildId, StringComparison.OrdinalIgnoreCase);
                var match = new ChildSearchMatch(
                    c.Id, c.LaChildId.Value, c.Name, c.DateOfBirth, c.ExpectedDateOfBirth, DisplayPostcode(c.Postcode),
                    MatchedOn(criteria, name, laIdExact));
                return (Match: match, name.Score, name.IsCurrentName, LaIdExact: laIdExact, Accepted: words.Count == 0 || name.Score > 0);
            })
            .Where(r => r.Accepted)
            .OrderByDescending(r => r.Score)
            .ThenByDescending(r => r.IsCurrentName)
            .ThenByDescending(r => r.LaIdExact)
            .ThenBy(r => r.Match.Name.FamilyName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Match.Name.GivenNames, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Match.LaChildId, StringComparer.Ordinal)
            .Select(r => r.Match)
            .ToList();
        return new ChildSearchResults(ranked, candidates.Count > CandidateLimit);
    }

    /// <summary>What a results table shows about each of the children, in the order given, with nothing in <see cref="ChildSearchMatch.MatchedOn"/>.</summary>
    public async Task<IReadOnlyList<ChildSearchMatch>> DescribeAsync(IReadOnlyList<Guid> childIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(childIds);
        if (childIds.Count == 0)
        {
            return [];
        }

        var found = await db.Set<Child>().AsNoTracking()
            .Where(c => childIds.Contains(c.Id))
            .Select(c => new ChildSearchMatch(c.Id, c.LaChildId.Value, c.Name, c.DateOfBirth, c.ExpectedDateOfBirth,
                EF.Property<string?>(c, ChildSearchText.PostcodeColumn), Array.Empty<string>()))
            .ToListAsync(cancellationToken);
        return childIds.Select(id => found.FirstOrDefault(f => f.ChildId == id)).OfType<ChildSearchMatch>()
            .Select(m => m with { Postcode = DisplayPostcode(m.Postcode) })
            .ToList();
    }

    /// <summary>
    /// The children a new child could be a duplicate of: the same NHS number, or the same date of birth (or
    /// expected date of birth), with every name they have been known by, for <see cref="PossibleDuplicates.Find"/>.
    /// </summary>
    public async Task<IReadOnlyList<KnownChild>> DuplicateCandidatesAsync(DuplicateCandidate candidate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var nhsNumber = candidate.NhsNumber;
        var date = candidate.DateOfBirth;
        if (nhsNumber is null && date is null)
        {
            return [];
        }

        var query = db.Set<Child>().AsNoTracking();
        query = (nhsNumber, date) switch
        {
            ({ } nhs, { } day) => query.Where(c => c.NhsNumber == nhs || c.DateOfBirth == day || (c.DateOfBirth == null && c.ExpectedDateOfBirth == day)),
            ({ } nhs, null) => query.Where(c => c.NhsNumber == nhs),
            (null, { } day) => query.Where(c => c.DateOfBirth == day || (c.DateOfBirth == null && c.ExpectedDateOfBirth == day)),
            _ => query,
        };

        var found = await query
            .OrderBy(c => c.Id)
            .Take(DuplicateCandidateLimit)
            .Select(c => new
            {
                c.Id,
                c.Name,
                c.DateOfBirth,
                c.ExpectedDateOfBirth,
                c.NhsNumber,
                FormerNames = c.FormerNames.Select(f => f.Name).ToList(),
                Aliases = c.Aliases.Select(a => a.Name).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return found
            .Select(c => new KnownChild(c.Id, [c.Name, .. c.FormerNames, .. c.Aliases], c.DateOfBirth ?? c.ExpectedDateOfBirth, c.NhsNumber))
            .ToList();
    }

    // The postcode column holds the postcode without its space, so "BS23" must not find "BS2 3AA" (BS23AA):
    // the inward code is always three characters, so the district decides the stored length. The range
    // before the LIKE lets a plain index on the column serve both databases.
    private static IQueryable<Child> WherePostcodeStartsWith(IQueryable<Child> query, PartialPostcode postcode)
    {
        var start = postcode.OutwardCode + postcode.InwardStart;
        var end = start + new string('Z', 8);
        var pattern = start + "%";
        var length = postcode.OutwardCode.Length + 3;
        return query.Where(c =>
            EF.Property<string>(c, ChildSearchText.PostcodeColumn).CompareTo(start) >= 0
            && EF.Property<string>(c, ChildSearchText.PostcodeColumn).CompareTo(end) <= 0
            && EF.Functions.Like(EF.Property<string>(c, ChildSearchText.PostcodeColumn), pattern)
            && EF.Property<string>(c, ChildSearchText.PostcodeColumn).Length == length);
    }

    private IQueryable<Child> FromLaChildIdRanges(string upper)
    {
        var lower = upper.ToLowerInvariant();
        var upperAfter = ChildSearchText.AfterPrefix(upper);
        var lowerAfter = ChildSearchText.AfterPrefix(lower);
        return db.Set<Child>().FromSql(
            $"SELECT * FROM children WHERE (la_child_id >= {upper} AND la_child_id < {upperAfter}) OR (la_child_id >= {lower} AND la_child_id < {lowerAfter})")
            .AsNoTracking();
    }

    // Only the first CandidateLimit rows are ranked, so the database puts those matching whole words and starts
    // of words first; sound-alike matches fill what is left.
    private static IOrderedQueryable<Child> OrderForLimit(IQueryable<Child> query, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return query.OrderBy(c => c.Name.FamilyName).ThenBy(c => c.Name.GivenNames).ThenBy(c => c.Id);
        }

        var child = Expression.Parameter(typeof(Child), "c");
        Expression score = Expression.Constant(0);
        foreach (var word in words)
        {
            var wholeWord = $"% {word} %";
            var startOfWord = $"% {word}%";
            Expression<Func<Child, int>> wordScore = c =>
                EF.Functions.Like(EF.Property<string>(c, ChildSearchText.NamesColumn), wholeWord) ? 2
                : EF.Functions.Like(EF.Property<string>(c, ChildSearchText.NamesColumn), startOfWord) ? 1
                : 0;
            score = Expression.Add(score, ReplacingExpressionVisitor.Replace(wordScore.Parameters[0], child, wordScore.Body));
        }

        return query.OrderByDescending(Expression.Lambda<Func<Child, int>>(score, child))
            .ThenBy(c => c.Name.FamilyName).ThenBy(c => c.Name.GivenNames).ThenBy(c => c.Id);
    }

    private static NameMatch BestName(IReadOnlyList<string> words, PersonName current, IEnumerable<PersonName> aliases, IEnumerable<PersonName> formerNames)
    {
        if (words.Count == 0)
        {
            return NameMatch.NotSearched;
        }

        IEnumerable<(PersonName Name, string? Label)> names =
        [
            (current, null),
            .. aliases.Select(a => (a, (string?)"Alias")),
            .. formerNames.Select(f => (f, (string?)"Former name")),
        ];
        return names
            .Select(n => Score(words, n.Name, n.Label))
            .Where(m => m.Score > 0)
            .OrderByDescending(m => m.Score)
            .ThenByDescending(m => m.IsCurrentName)
            .FirstOrDefault() ?? NameMatch.NotSearched;
    }

    private static NameMatch Score(IReadOnlyList<string> words, PersonName name, string? label)
    {
        var parts = new[] { name.GivenNames, name.FamilyName, name.PreferredName ?? string.Empty }
            .SelectMany(p => p.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Select(NameMatching.Normalise)
            .Where(p => p.Length > 0)
            .ToList();
        var strengths = words.Select(w => parts.Select(p => Strength(w, p)).DefaultIfEmpty(NameMatchStrength.None).Max()).ToList();
        if (strengths.Contains(NameMatchStrength.None))
        {
            return NameMatch.NotSearched;
        }

        return new NameMatch(strengths.Sum(s => (int)s), label is null, label, name, strengths.Contains(NameMatchStrength.Similar));
    }

    private static NameMatchStrength Strength(string word, string part)
    {
        if (part == word)
        {
            return NameMatchStrength.Exact;
        }

        if (part.StartsWith(word, StringComparison.Ordinal))
        {
            return NameMatchStrength.Prefix;
        }

        var sound = ChildSearchText.Soundex(word);
        return (sound.Length > 0 && sound == ChildSearchText.Soundex(part)) || NameMatching.IsSimilar(word, part)
            ? NameMatchStrength.Similar
            : NameMatchStrength.None;
    }

    private static List<string> MatchedOn(ChildSearchCriteria criteria, NameMatch name, bool laIdExact)
    {
        var matched = new List<string>();
        if (name.Score > 0)
        {
            matched.Add((name.Label, name.IsSimilar) switch
            {
                (null, false) => "Name",
                (null, true) => "Similar name",
                ({ } label, false) => $"{label}: {name.Name!.FullName}",
                ({ } label, true) => $"{label}: {name.Name!.FullName} (similar name)",
            });
        }

        if (criteria.DateOfBirth is not null)
        {
            matched.Add("Date of birth");
        }

        if (criteria.NhsNumber is not null)
        {
            matched.Add("NHS number");
        }

        if (!string.IsNullOrWhiteSpace(criteria.LaChildId))
        {
            matched.Add(laIdExact ? "LA child ID" : "Start of LA child ID");
        }

        if (criteria.Postcode is not null)
        {
            matched.Add("Postcode");
        }

        return matched;
    }

    private static string? DisplayPostcode(string? compact) =>
        compact is { Length: >= 5 } ? $"{compact[..^3]} {compact[^3..]}" : compact;

    private sealed record NameMatch(int Score, bool IsCurrentName, string? Label, PersonName? Name, bool IsSimilar)
    {
        public static NameMatch NotSearched { get; } = new(0, false, null, null, false);
    }
}
