using System.Globalization;
using Hearth.Data;
using Hearth.Domain.Children;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Pages.Children.AddAChild;

/// <summary>
/// Gives a new child the next LA child ID: the local authority's prefix (setting <c>Hearth:LocalAuthority:ChildIdPrefix</c>,
/// "HC" unless set) and a number one more than the highest already used with that prefix, zero-padded to six digits.
/// </summary>
public static class LaChildIds
{
    public const string PrefixSetting = "Hearth:LocalAuthority:ChildIdPrefix";
    public const string DefaultPrefix = "HC";
    public const int Digits = 6;

    // IDs with the prefix that are not followed only by digits (imported from another system, say) are skipped;
    // looking at the longest and highest hundred is enough to find the highest number.
    private const int Examined = 100;

    public static string Prefix(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var prefix = configuration[PrefixSetting] is { Length: > 0 } configured ? configured.Trim() : DefaultPrefix;
        return prefix.All(char.IsAsciiLetterOrDigit) && prefix.Length <= LocalAuthorityChildId.MaxLength - Digits
            ? prefix
            : throw new InvalidOperationException($"{PrefixSetting} must be letters and digits, at most {LocalAuthorityChildId.MaxLength - Digits} of them.");
    }

    public static async Task<LocalAuthorityChildId> NextAsync(HearthDbContext db, string prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pattern = prefix + "%";
        var used = await db.Database
            .SqlQuery<string>($"SELECT la_child_id AS \"Value\" FROM children WHERE la_child_id LIKE {pattern} ORDER BY length(la_child_id) DESC, la_child_id DESC LIMIT {Examined}")
            .ToListAsync(cancellationToken);
        var highest = used
            .Where(id => id.StartsWith(prefix, StringComparison.Ordinal) && id.Length > prefix.Length && id.Length - prefix.Length <= 18 && id[prefix.Length..].All(char.IsAsciiDigit))
            .Select(id => long.Parse(id[prefix.Length..], CultureInfo.InvariantCulture))
            .DefaultIfEmpty(0)
            .Max();
        return LocalAuthorityChildId.Create(prefix + (highest + 1).ToString(new string('0', Digits), CultureInfo.InvariantCulture));
    }
}
