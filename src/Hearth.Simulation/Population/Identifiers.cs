using System.Globalization;
using Hearth.Domain.Children;

namespace Hearth.Simulation.Population;

/// <summary>Made-up identifiers that pass the same checks as real ones: postcodes, none repeated within a family, and pupil numbers.</summary>
internal sealed class Identifiers(Random random)
{
    private const string UpnCheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>
    /// The permanent UPN of the child with this number in the simulation, issued in the year the child first went to
    /// school. The establishment and serial digits are the child's number, so no two children share one (up to ten
    /// million children).
    /// </summary>
    public static UniquePupilNumber UpnFor(long childNumber, int yearAllocated)
    {
        var body = string.Create(
            CultureInfo.InvariantCulture,
            $"{Places.LocalAuthorityCode}{childNumber / 1000 % 10_000:D4}{yearAllocated % 100:D2}{childNumber % 1000:D3}");
        return UniquePupilNumber.Create(UpnCheckLetter(body) + body);
    }

    public string NextPostcode(string district)
    {
        while (true)
        {
            var inward = string.Create(
                CultureInfo.InvariantCulture,
                $"{random.Next(1, 10)}{InwardLetters[random.Next(InwardLetters.Length)]}{InwardLetters[random.Next(InwardLetters.Length)]}");
            var postcode = Postcode.Create($"{district} {inward}").Value;
            if (_used.Add(postcode))
            {
                return postcode;
            }
        }
    }

    /// <summary>The DfE's check letter: the weighted sum of characters 2 to 13, modulo 23.</summary>
    private static char UpnCheckLetter(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            sum += (body[i] - '0') * (i + 2);
        }

        return UpnCheckLetters[sum % 23];
    }
}
