using System.Globalization;
using Hearth.Domain.Children;

namespace Hearth.Simulation.Population;

/// <summary>Made-up identifiers that pass the same checks as real ones, none repeated.</summary>
internal sealed class Identifiers(Random random)
{
    private const string UpnCheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private int _laChildNumber = 4000;
    private int _phoneNumber;

    public LocalAuthorityChildId NextLaChildId()
    {
        _laChildNumber += random.Next(1, 25);
        return LocalAuthorityChildId.Create(string.Create(CultureInfo.InvariantCulture, $"NS{_laChildNumber:D6}"));
    }

    /// <summary>
    /// A valid NHS number in the 999 range, which NHS England keeps for testing and never issues, so demo
    /// data can never carry a real person's number.
    /// </summary>
    public NhsNumber NextNhsNumber()
    {
        while (true)
        {
            var digits = "999" + random.Next(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += (digits[i] - '0') * (10 - i);
            }

            var check = (11 - (sum % 11)) % 11;
            if (check != 10 && _used.Add(digits + check))
            {
                return NhsNumber.Create(digits + check.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

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

    /// <summary>A mobile number from Ofcom's range for drama (07700 900000 to 900999), which is never connected.</summary>
    public PhoneNumber NextMobile() =>
        PhoneNumber.Create(string.Create(CultureInfo.InvariantCulture, $"07700 900{_phoneNumber++ % 1000:D3}"));

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
