using System.Text;
using Hearth.Domain.Children;

namespace Hearth.Data.Children;

/// <summary>
/// What "Find a child" searches, rebuilt by <see cref="HearthDbContext"/> whenever a child is saved: one
/// <see cref="ChildSearchWord"/> row for every part of every name (current, preferred, former and alias), with its
/// sound, so that a search is an index range or equality on either database; and two columns on the child's row,
/// the same words space-delimited (for ranking the few candidates, <c>LIKE '% smi%'</c>) and the current postcode.
/// </summary>
public static class ChildSearchText
{
    public const string NamesColumn = "SearchNames";
    public const string PostcodeColumn = "SearchPostcode";

    public static string Names(Child child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return Delimit(NameParts(child).Select(NameMatching.Normalise));
    }

    /// <summary>The child's distinct name words and their sounds, as <see cref="ChildSearchWord"/> rows hold them.</summary>
    public static IReadOnlyList<(string Word, string Sound)> WordsAndSounds(Child child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return NameParts(child).Select(NameMatching.Normalise).Where(w => w.Length > 0)
            .Select(w => w.Length > ChildSearchWord.MaxWordLength ? w[..ChildSearchWord.MaxWordLength] : w)
            .Distinct(StringComparer.Ordinal)
            .Select(w => (w, Soundex(w)))
            .ToList();
    }

    /// <summary>The first string after every string that starts with <paramref name="prefix"/>, for an index range.</summary>
    public static string AfterPrefix(string prefix)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return prefix[..^1] + (char)(prefix[^1] + 1);
    }

    /// <summary>The current address's postcode with no space ("BS231AB"), or null.</summary>
    public static string? Postcode(Child child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return child.Addresses.Where(a => a.EndDate is null).OrderByDescending(a => a.StartDate).FirstOrDefault()?.Address?.Postcode?.Value
            .Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>Splits what someone typed into the words to look for, normalised as the names are.</summary>
    public static IReadOnlyList<string> Words(string? term) =>
        (term ?? string.Empty).Split([' ', '-', '\t', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(NameMatching.Normalise).Where(w => w.Length > 0).Distinct().ToList();

    /// <summary>
    /// American Soundex: the first letter and three digits for the consonant sounds that follow, so that
    /// small misspellings (Smyth, Smith; Mohammed, Muhammad; Jnoes, Jones) share a code.
    /// </summary>
    public static string Soundex(string word)
    {
        var letters = NameMatching.Normalise(word).Where(char.IsAsciiLetter).ToArray();
        if (letters.Length == 0)
        {
            return string.Empty;
        }

        var code = new StringBuilder(4).Append(char.ToUpperInvariant(letters[0]));
        var previous = Digit(letters[0]);
        foreach (var letter in letters.Skip(1))
        {
            var digit = Digit(letter);
            if (digit != '0' && digit != previous)
            {
                code.Append(digit);
                if (code.Length == 4)
                {
                    break;
                }
            }

            if (letter is not ('h' or 'w'))
            {
                previous = digit;
            }
        }

        return code.ToString().PadRight(4, '0');
    }

    private static char Digit(char letter) => letter switch
    {
        'b' or 'f' or 'p' or 'v' => '1',
        'c' or 'g' or 'j' or 'k' or 'q' or 's' or 'x' or 'z' => '2',
        'd' or 't' => '3',
        'l' => '4',
        'm' or 'n' => '5',
        'r' => '6',
        _ => '0',
    };

    private static IEnumerable<string> NameParts(Child child)
    {
        IEnumerable<PersonName> names = [child.Name, .. child.FormerNames.Select(f => f.Name), .. child.Aliases.Select(a => a.Name)];
        return names.SelectMany(n => new[] { n.GivenNames, n.FamilyName, n.PreferredName ?? string.Empty })
            .SelectMany(part => part.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Delimit(IEnumerable<string> words)
    {
        var distinct = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? " " : $" {string.Join(' ', distinct)} ";
    }
}
