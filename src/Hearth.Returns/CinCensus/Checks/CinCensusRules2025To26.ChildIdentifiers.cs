namespace Hearth.Returns.CinCensus.Checks;

public partial class CinCensusRules2025To26
{
    private const string UpnCheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private static readonly System.Buffers.SearchValues<char> AlphanumericCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    [CinRule("1510", CinIssueSeverity.Error, "UPN invalid (wrong check letter at character 1)")]
    public virtual IEnumerable<CinIssue> Rule1510(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.Upn is { Length: 13 } upn && UpnCheckLetter(upn) is { } expected && char.ToUpperInvariant(upn[0]) != expected)
        {
            yield return Issue(child, $"UPN {upn} starts with {upn[0]}, but its check letter works out as {expected}: one of its characters has been mistyped. Copy the UPN again from the child's school record.");
        }
    }

    [CinRule("1530", CinIssueSeverity.Error, "UPN invalid (characters 2-4 not a recognised LA code)")]
    public virtual IEnumerable<CinIssue> Rule1530(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.Upn is { Length: 13 } upn && !IsUpnLocalAuthorityCode(upn.AsSpan(1, 3)))
        {
            yield return Issue(child, $"Characters 2 to 4 of UPN {upn} ({upn[1..4]}) are not a local authority code. Copy the UPN again from the child's school record.");
        }
    }

    [CinRule("1540", CinIssueSeverity.Error, "UPN invalid (characters 5-12 not all numeric)")]
    public virtual IEnumerable<CinIssue> Rule1540(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.Upn is { Length: 13 } upn && upn.AsSpan(4, 8).ContainsAnyExceptInRange('0', '9'))
        {
            yield return Issue(child, $"Characters 5 to 12 of UPN {upn} ({upn[4..12]}) must all be numbers. Copy the UPN again from the child's school record.");
        }
    }

    [CinRule("1550", CinIssueSeverity.Error, "UPN invalid (character 13 not a recognised value)")]
    public virtual IEnumerable<CinIssue> Rule1550(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.Upn is { Length: 13 } upn && !IsUpnLastCharacter(upn[12]))
        {
            yield return Issue(child, $"The last character of UPN {upn} is {upn[12]}; it must be a number or a capital letter other than I, O or S. Copy the UPN again from the child's school record.");
        }
    }

    [CinRule("1560Q", CinIssueSeverity.Query, "Please check and either amend or provide a reason: Former UPN wrongly formatted")]
    public virtual IEnumerable<CinIssue> Rule1560Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.FormerUpn is { } former && !IsUpnShape(former))
        {
            yield return Issue(child, $"FormerUPN {former} is not in the shape of a UPN: a letter, 11 numbers, then a number or a letter (13 characters). Correct it, or leave FormerUPN out if it is not known.");
        }
    }

    [CinRule("1570", CinIssueSeverity.Error, "LA Child ID must not be longer than 20 characters")]
    public virtual IEnumerable<CinIssue> Rule1570(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.LAChildId is { Length: > 20 } id)
        {
            yield return Issue(child, $"LAchildID {id} is {id.Length} characters long; it can be at most 20. Use a shorter identifier for the child.");
        }
    }

    [CinRule("1580", CinIssueSeverity.Error, "LA Child ID must not contain any non-alphanumeric characters")]
    public virtual IEnumerable<CinIssue> Rule1580(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.LAChildId is { Length: > 0 } id && id.AsSpan().ContainsAnyExcept(AlphanumericCharacters))
        {
            yield return Issue(child, $"LAchildID {id} contains characters other than letters and numbers. Use letters A to Z and numbers 0 to 9 only.");
        }
    }

    [CinRule("4180", CinIssueSeverity.Error, "Sex must be provided and equal M, F, or U")]
    public virtual IEnumerable<CinIssue> Rule4180(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var sex = child.Identifiers.Sex;
        if (sex is null || !Codes.Sexes.Contains(sex))
        {
            yield return Issue(child, sex is null
                ? "Sex is missing. Record M (male), F (female) or U (unknown, including an unborn child)."
                : $"Sex is '{sex}', which is not a code the census allows. Record M (male), F (female) or U (unknown, including an unborn child).");
        }
    }

    [CinRule("4220", CinIssueSeverity.Error, "Ethnicity is missing or invalid (see Ethnicity table)")]
    public virtual IEnumerable<CinIssue> Rule4220(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var ethnicity = child.Characteristics.Ethnicity;
        if (ethnicity is null || !Codes.Ethnicities.Contains(ethnicity))
        {
            yield return Issue(child, ethnicity is null
                ? "Ethnicity is missing. Record the child's ethnicity code, or NOBT if it has not been obtained yet, or REFU if it was refused."
                : $"Ethnicity is '{ethnicity}', which is not on the census Ethnicity list. Record one of the census codes, such as WBRI, or NOBT if it has not been obtained yet.");
        }
    }

    [CinRule("8500", CinIssueSeverity.Error, "LA Child ID missing")]
    public virtual IEnumerable<CinIssue> Rule8500(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (string.IsNullOrEmpty(child.Identifiers.LAChildId))
        {
            yield return Issue(child, "A child record has no LAchildID. Give every child the local authority's identifier for them.");
        }
    }

    [CinRule("8520", CinIssueSeverity.Error, "Date of Birth is after data collection period (must be on or before the end of the census period)")]
    public virtual IEnumerable<CinIssue> Rule8520(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.PersonBirthDate is { } born && born > Year.ReferenceDate)
        {
            yield return Issue(child, $"PersonBirthDate {D(born)} is after the census reference date {D(Year.ReferenceDate)}. Correct the date of birth; for a child not yet born, record ExpectedPersonBirthDate instead.");
        }
    }

    [CinRule("8525Q", CinIssueSeverity.Query, "Either Date of Birth or Expected Date of Birth must be provided (but not both)")]
    public virtual IEnumerable<CinIssue> Rule8525Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var identifiers = child.Identifiers;
        if (identifiers.PersonBirthDate is null && identifiers.ExpectedPersonBirthDate is null)
        {
            yield return Issue(child, "Neither PersonBirthDate nor ExpectedPersonBirthDate is recorded. Record the date of birth, or the expected date of birth for an unborn child.");
        }
        else if (identifiers.PersonBirthDate is { } born && identifiers.ExpectedPersonBirthDate is { } expected)
        {
            yield return Issue(child, $"Both PersonBirthDate ({D(born)}) and ExpectedPersonBirthDate ({D(expected)}) are recorded. Once the child is born, record PersonBirthDate only.");
        }
    }

    [CinRule("8530Q", CinIssueSeverity.Query, "Please check and either amend data or provide a reason: Expected Date of Birth is outside the expected range for this census (March to December of the Census Year end)")]
    public virtual IEnumerable<CinIssue> Rule8530Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var earliest = Year.ReferenceDate.AddDays(-30);
        var latest = Year.ReferenceDate.AddMonths(9);
        if (child.Identifiers.ExpectedPersonBirthDate is { } expected && (expected < earliest || expected > latest))
        {
            yield return Issue(child, $"ExpectedPersonBirthDate {D(expected)} is outside {D(earliest)} to {D(latest)}, the range an unborn child in this census can be due. If the child has been born, record PersonBirthDate instead; otherwise check the expected date.");
        }
    }

    [CinRule("8535Q", CinIssueSeverity.Query, "Please check and either amend data or provide a reason: Child’s date of death should not be prior to the date of birth")]
    public virtual IEnumerable<CinIssue> Rule8535Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.PersonDeathDate is { } died && child.Identifiers.PersonBirthDate is { } born && died < born)
        {
            yield return Issue(child, $"PersonDeathDate {D(died)} is before PersonBirthDate {D(born)}. Correct whichever date is wrong.");
        }
    }

    [CinRule("8540", CinIssueSeverity.Error, "Child’s disability is missing or invalid (see Disability table)")]
    public virtual IEnumerable<CinIssue> Rule8540(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.PersonBirthDate is null || !child.CinDetails.Any(d => d.LedToFurtherAction))
        {
            yield break;
        }

        var disabilities = child.Characteristics.Disabilities;
        if (disabilities.Count == 0)
        {
            yield return Issue(child, "No Disability is recorded for a child who has been born and whose referral led to further action. Record each of the child's disabilities, or NONE if they have none.");
        }

        foreach (var code in disabilities.Where(c => !Codes.Disabilities.Contains(c)).Distinct(StringComparer.Ordinal))
        {
            yield return Issue(child, $"Disability '{code}' is not on the census Disability list. Use one of its codes (such as MOB, COMM or AUT), or NONE.");
        }
    }

    [CinRule("8545Q", CinIssueSeverity.Query, "Please check and either amend data or provide a reason: Child's date of death should be within the census year")]
    public virtual IEnumerable<CinIssue> Rule8545Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.PersonDeathDate is { } died && !Year.Contains(died))
        {
            yield return Issue(child, $"PersonDeathDate {D(died)} is outside the census year {D(Year.StartDate)} to {D(Year.ReferenceDate)}. Check the date, or give the DfE the reason.");
        }
    }

    [CinRule("8590", CinIssueSeverity.Error, "Child does not have a recorded CIN episode.")]
    public virtual IEnumerable<CinIssue> Rule8590(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.CinDetails.Count == 0)
        {
            yield return Issue(child, "The child has no CINdetails. Every child in the census needs at least one episode of need, starting with its CINreferralDate; remove the child if they were not referred.");
        }
    }

    [CinRule("8750", CinIssueSeverity.Error, "Sex must equal U for an unborn child")]
    public virtual IEnumerable<CinIssue> Rule8750(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var identifiers = child.Identifiers;
        if (identifiers.PersonBirthDate is null && identifiers.ExpectedPersonBirthDate is not null && identifiers.Sex != "U")
        {
            yield return Issue(child, $"The child is unborn (ExpectedPersonBirthDate {D(identifiers.ExpectedPersonBirthDate)}, no PersonBirthDate) but Sex is '{identifiers.Sex}'. Record Sex as U until the child is born.");
        }
    }

    [CinRule("8770Q", CinIssueSeverity.Query, "Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.")]
    public virtual IEnumerable<CinIssue> Rule8770Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var identifiers = child.Identifiers;
        var bornBy = new DateOnly(Year.ReferenceDate.Year - 4, 8, 31);
        if (identifiers.PersonBirthDate is { } born && born <= bornBy
            && child.CinDetails.Any(d => d.LedToFurtherAction)
            && string.IsNullOrEmpty(identifiers.Upn)
            && !(identifiers.UpnUnknown is { } reason && reason != "UN1" && Codes.UpnUnknownReasons.Contains(reason)))
        {
            yield return Issue(child, identifiers.UpnUnknown is null
                ? $"The child is of school age (born {D(born)}) but has no UPN and no UPNunknown reason. Record the UPN from the child's school, or the reason it is not known (UN2 to UN7)."
                : $"The child is of school age (born {D(born)}) but has no UPN and UPNunknown is {identifiers.UpnUnknown}. Record the UPN from the child's school, or a reason that fits a child of school age (UN2 to UN7).");
        }
    }

    [CinRule("8772", CinIssueSeverity.Error, "UPN unknown reason is UN7 (Referral with no further action) but at least one CIN details is a referral going on to further action")]
    public virtual IEnumerable<CinIssue> Rule8772(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.UpnUnknown == "UN7" && child.CinDetails.FirstOrDefault(d => d.LedToFurtherAction) is { } episode)
        {
            yield return Issue(child, $"UPNunknown is UN7 (referral with no further action), but {Episode(episode)} led to further action (ReferralNFA 0). Record the child's UPN, or another UPNunknown reason.");
        }
    }

    [CinRule("8775Q", CinIssueSeverity.Query, "Please check and either amend data or provide a reason: Child is over 25 years old")]
    public virtual IEnumerable<CinIssue> Rule8775Q(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (child.Identifiers.PersonBirthDate is { } born && born < Year.ReferenceDate.AddYears(-25)
            && child.CinDetails.Any(d => d.CinClosureDate is not { } closed || closed > born.AddYears(25)))
        {
            yield return Issue(child, $"PersonBirthDate {D(born)} makes the child over 25, and their episode was still open after their 25th birthday. Check the date of birth and CINclosureDate.");
        }
    }

    [CinRule("8790", CinIssueSeverity.Error, "Disability information includes both None and other values")]
    public virtual IEnumerable<CinIssue> Rule8790(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var disabilities = child.Characteristics.Disabilities;
        if (disabilities.Contains("NONE") && disabilities.Any(d => d != "NONE"))
        {
            yield return Issue(child, $"Disability is recorded as NONE and also as {string.Join(", ", disabilities.Where(d => d != "NONE"))}. Remove NONE if the child has a disability, or the other codes if they have none.");
        }
    }

    [CinRule("8794", CinIssueSeverity.Error, "Child has two or more disabilities with the same code")]
    public virtual IEnumerable<CinIssue> Rule8794(CinChild child)
    {
        ArgumentNullException.ThrowIfNull(child);
        foreach (var code in child.Characteristics.Disabilities.GroupBy(d => d, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            yield return Issue(child, $"Disability {code} is recorded more than once. Record each disability once.");
        }
    }

    /// <summary>A letter, 11 digits, then a digit or a letter: the schema's UPN pattern.</summary>
    private static bool IsUpnShape(string upn) =>
        upn.Length == 13 && char.IsAsciiLetter(upn[0]) && !upn.AsSpan(1, 11).ContainsAnyExceptInRange('0', '9') && char.IsAsciiLetterOrDigit(upn[12]);

    private static bool IsUpnLastCharacter(char c) => char.IsAsciiDigit(c) || UpnCheckLetters.Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// The check letter of a UPN, from the DfE's "Unique pupil numbers" guidance: characters 2 to 13 weighted 2 to
    /// 13 (a letter in character 13 counting as its place in the check letter alphabet), summed, modulo 23. Null
    /// when the UPN is not in a shape the check letter can be worked out for.
    /// </summary>
    private static char? UpnCheckLetter(string upn)
    {
        if (upn.AsSpan(1, 11).ContainsAnyExceptInRange('0', '9') || !IsUpnLastCharacter(upn[12]))
        {
            return null;
        }

        var sum = 0;
        for (var position = 2; position <= 13; position++)
        {
            var c = upn[position - 1];
            sum += (char.IsAsciiDigit(c) ? c - '0' : UpnCheckLetters.IndexOf(c, StringComparison.Ordinal)) * position;
        }

        return UpnCheckLetters[sum % 23];
    }

    /// <summary>
    /// Whether characters 2 to 4 of a UPN are a DfE local authority code (post-April 1998) or one of its pseudo-LA
    /// codes, as the census rule 1530 lists them.
    /// </summary>
    private static bool IsUpnLocalAuthorityCode(ReadOnlySpan<char> code)
    {
        if (code.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        var n = int.Parse(code, provider: System.Globalization.CultureInfo.InvariantCulture);
        return n is (>= 1 and <= 5) or (>= 201 and <= 213) or (>= 301 and <= 320) or (>= 330 and <= 336) or (>= 340 and <= 344)
            or (>= 350 and <= 359) or (>= 370 and <= 373) or (>= 380 and <= 384) or (>= 390 and <= 394) or 420 or (>= 660 and <= 681)
            or (>= 701 and <= 708) or (>= 800 and <= 803) or (>= 805 and <= 808) or (>= 810 and <= 813) or 815 or 816
            or (>= 820 and <= 823) or 825 or 826 or 830 or 831 or (>= 835 and <= 841) or 845 or 846 or (>= 850 and <= 852)
            or (>= 855 and <= 857) or 860 or 861 or (>= 865 and <= 896) or 908 or 909 or 916 or 919 or 921 or 925 or 926
            or 928 or 929 or 931 or 933 or (>= 935 and <= 938) or (>= 940 and <= 943);
    }
}
