using System.Globalization;
using System.Text;

namespace Hearth.Domain.Children;

/// <summary>
/// Pure name comparison for "find a child" and duplicate checks: case, accents, spaces and
/// punctuation are ignored, and small misspellings are allowed.
/// </summary>
public static class NameMatching
{
    /// <summary>
    /// Lower case, letters and digits only, accents removed: "Zoë O'Brien-Núñez" becomes "zoeobriennunez".
    /// </summary>
    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            switch (lower)
            {
                case 'ß':
                    builder.Append("ss");
                    break;
                case 'æ':
                    builder.Append("ae");
                    break;
                case 'œ':
                    builder.Append("oe");
                    break;
                case 'ø':
                    builder.Append('o');
                    break;
                case 'ł':
                    builder.Append('l');
                    break;
                case 'đ':
                    builder.Append('d');
                    break;
                default:
                    if (char.IsLetterOrDigit(lower))
                    {
                        builder.Append(lower);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The optimal string alignment (restricted Damerau-Levenshtein) distance: insertions,
    /// deletions, substitutions and swaps of two neighbouring letters each count one.
    /// </summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    /// <summary>
    /// True when two names are the same once normalised, or differ by a small misspelling: at
    /// most 2 edits when the shorter name has more than 5 letters, otherwise at most 1.
    /// </summary>
    public static bool IsSimilar(string? a, string? b)
    {
        var left = Normalise(a);
        var right = Normalise(b);
        if (left.Length == 0 || right.Length == 0)
        {
            return false;
        }

        if (left == right)
        {
            return true;
        }

        var allowed = Math.Min(left.Length, right.Length) > 5 ? 2 : 1;
        return Math.Abs(left.Length - right.Length) <= allowed && Distance(left, right) <= allowed;
    }

    /// <summary>
    /// True when the family names are similar as a whole, or one part of a double-barrelled or
    /// multi-part family name is similar to a part of the other ("Smith-Jones" and "Jones").
    /// </summary>
    public static bool IsSimilarFamilyName(string? a, string? b) =>
        IsSimilar(a, b) || Parts(a).Any(x => Parts(b).Any(y => IsSimilar(x, y)));

    /// <summary>True when the first given names are similar, or either's preferred name matches the other's first given name.</summary>
    public static bool IsSimilarGivenName(PersonName a, PersonName b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var left = new[] { Parts(a.GivenNames).FirstOrDefault(), a.PreferredName };
        var right = new[] { Parts(b.GivenNames).FirstOrDefault(), b.PreferredName };
        return left.Any(x => right.Any(y => IsSimilar(x, y)));
    }

    /// <summary>
    /// True when every word of a search term ("jon smyth") is similar to some part of one of the
    /// names (given, family or preferred).
    /// </summary>
    public static bool MatchesSearch(string? term, IEnumerable<PersonName> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var words = Parts(term).ToList();
        if (words.Count == 0)
        {
            return false;
        }

        return names.Any(name =>
        {
            var nameParts = Parts(name.GivenNames).Concat(Parts(name.FamilyName)).Concat(Parts(name.PreferredName)).ToList();
            return words.All(word => nameParts.Any(part => IsSimilar(word, part)));
        });
    }

    private static IEnumerable<string> Parts(string? name) =>
        name is null
            ? []
            : name.Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries).Where(p => Normalise(p).Length > 0);
}
