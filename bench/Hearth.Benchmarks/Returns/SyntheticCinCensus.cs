using System.Globalization;
using Hearth.Domain.Calendar;
using Hearth.Returns.CinCensus;

namespace Hearth.Benchmarks.Returns;

/// <summary>
/// A made-up CIN census of any size, the same every time for the same numbers, shaped like a real one: some
/// children carried over from earlier years with an episode referred before the census year, the rest referred
/// in the year (some more than once); about a third of referrals lead to no further action; the rest have an
/// assessment, and some a section 47 enquiry, initial conference and child protection plan with reviews, or a
/// CIN plan. Almost every child passes every rule, so a check spends its time checking rather than reporting.
/// </summary>
public static class SyntheticCinCensus
{
    private const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private static readonly string[] Ethnicities = ["WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "AIND", "APKN", "BAFR", "BCRB", "CHNE", "OOTH", "NOBT"];
    private static readonly string[] Disabilities = ["MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA"];
    private static readonly string[] Sources = ["1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10"];
    private static readonly string[] Needs = ["N1", "N1", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"];
    private static readonly string[] Factors = ["1B", "2B", "3A", "3B", "4A", "4B", "5A", "6A", "7A", "10A", "11A", "14A", "15A", "16A", "17A", "18B", "18C", "19C", "20", "22A", "24A"];
    private static readonly string[] Categories = ["NEG", "NEG", "EMO", "EMO", "PHY", "SAB", "MUL"];
    private static readonly string[] Closures = ["RC1", "RC3", "RC4", "RC5", "RC6", "RC7", "RC7", "RC7", "RC7"];

    /// <summary>The header of a census for the year from local authority 886.</summary>
    public static CinHeader Header(CinCollectionYear year) => new()
    {
        CollectionDetails = new CinCollectionDetails { Collection = "CIN", Year = year.EndYear, ReferenceDate = year.ReferenceDate },
        Sources = [new CinSource { SourceLevel = "L", Lea = "886", SoftwareCode = "Hearth", Release = "bench", SerialNo = "001", DateTime = year.ReferenceDate.AddDays(10).ToDateTime(new TimeOnly(9, 0)) }],
    };

    /// <summary>
    /// The children, made as they are enumerated. At least a quarter of them (and more when there are fewer
    /// referrals than children) are carried over with one episode referred before the year; the rest share
    /// <paramref name="referralsInYear"/> referrals, one each and the remainder at random.
    /// </summary>
    public static IEnumerable<CinChild> Children(CinCollectionYear year, int children, int referralsInYear, int seed = 2026)
    {
        ArgumentNullException.ThrowIfNull(year);
        var carried = Math.Max(children - referralsInYear, children / 4);
        var referredInYear = children - carried;
        var extraReferrals = Math.Max(0, referralsInYear - referredInYear);
        var random = new Random(seed);
        var extras = new int[Math.Max(referredInYear, 1)];
        for (var i = 0; i < extraReferrals; i++)
        {
            extras[random.Next(extras.Length)]++;
        }

        var calendar = WorkingCalendar.EnglandAndWales;
        for (var i = 0; i < children; i++)
        {
            var identifiers = Identifiers(year, random, i);
            var characteristics = Characteristics(random);
            // A referral comes no earlier than 270 days before birth (rule 8606 allows 280).
            var earliestReferral = (identifiers.PersonBirthDate ?? identifiers.ExpectedPersonBirthDate!.Value).AddDays(-270);
            List<CinDetails> episodes = i < carried
                ? [CarriedOver(year, random, earliestReferral)]
                : InYear(year, calendar, random, 1 + extras[i - carried], earliestReferral);
            yield return new CinChild { Identifiers = identifiers, Characteristics = characteristics, CinDetails = episodes };
        }
    }

    /// <summary>The whole census as XML in memory.</summary>
    public static byte[] Xml(CinCollectionYear year, int children, int referralsInYear, int seed = 2026)
    {
        using var stream = new MemoryStream();
        CinCensusWriter.Write(stream, Header(year), Children(year, children, referralsInYear, seed));
        return stream.ToArray();
    }

    private static CinChildIdentifiers Identifiers(CinCollectionYear year, Random random, int index)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"C{index:D8}");
        if (random.Next(100) < 2)
        {
            return new CinChildIdentifiers
            {
                LAChildId = id,
                UpnUnknown = "UN1",
                ExpectedPersonBirthDate = year.ReferenceDate.AddDays(random.Next(1, 200)),
                Sex = "U",
            };
        }

        var born = year.ReferenceDate.AddDays(-random.Next(40, 17 * 365));
        var schoolAge = born <= new DateOnly(year.EndYear - 4, 8, 31);
        return new CinChildIdentifiers
        {
            LAChildId = id,
            Upn = schoolAge ? Upn(index) : null,
            UpnUnknown = schoolAge ? null : "UN1",
            PersonBirthDate = born,
            Sex = random.Next(100) switch { < 49 => "M", < 99 => "F", _ => "U" },
        };
    }

    private static CinChildCharacteristics Characteristics(Random random)
    {
        string[] disabilities = random.Next(100) switch
        {
            < 85 => ["NONE"],
            < 95 => [Pick(random, Disabilities)],
            _ => [.. Disabilities.OrderBy(_ => random.Next()).Take(2)],
        };
        return new CinChildCharacteristics { Ethnicity = Pick(random, Ethnicities), Disabilities = disabilities };
    }

    private static CinDetails CarriedOver(CinCollectionYear year, Random random, DateOnly earliestReferral)
    {
        var referred = Max(year.StartDate.AddDays(-random.Next(60, 3 * 365)), earliestReferral);
        var planStarted = referred.AddDays(random.Next(30, 50));
        var closed = random.Next(100) < 50 ? Max(year.StartDate.AddDays(random.Next(0, 300)), referred) : (DateOnly?)null;
        return new CinDetails
        {
            CinReferralDate = referred,
            ReferralSource = Pick(random, Sources),
            PrimaryNeedCode = Pick(random, Needs),
            CinClosureDate = closed,
            ReasonForClosure = closed is null ? null : Pick(random, Closures),
            CinPlanDates = planStarted < year.StartDate ? [new CinPlanDates { StartDate = planStarted, EndDate = closed }] : [],
            ReferralNfa = "0",
        };
    }

    private static List<CinDetails> InYear(CinCollectionYear year, WorkingCalendar calendar, Random random, int count, DateOnly earliestReferral)
    {
        var episodes = new List<CinDetails>(count);
        var from = Max(year.StartDate, earliestReferral);
        var slot = Math.Max(1, (year.ReferenceDate.DayNumber - from.DayNumber) / count);
        for (var n = 0; n < count; n++)
        {
            var start = from.AddDays(n * slot);
            var referred = calendar.NextWorkingDay(start.AddDays(-1));
            var end = n == count - 1 ? year.ReferenceDate : from.AddDays(((n + 1) * slot) - 1);
            if (referred > end)
            {
                referred = start;
            }

            episodes.Add(random.Next(100) < 35
                ? NoFurtherAction(random, referred)
                : FurtherAction(calendar, random, referred, end, closes: n < count - 1 || random.Next(100) < 55));
        }

        return episodes;
    }

    private static CinDetails NoFurtherAction(Random random, DateOnly referred) => new()
    {
        CinReferralDate = referred,
        ReferralSource = Pick(random, Sources),
        CinClosureDate = referred,
        ReasonForClosure = "RC7",
        ReferralNfa = "1",
    };

    private static CinDetails FurtherAction(WorkingCalendar calendar, Random random, DateOnly referred, DateOnly end, bool closes)
    {
        var last = referred;
        var assessmentStarted = Min(referred.AddDays(1), end);
        var authorised = assessmentStarted.AddDays(random.Next(10, 45));
        if (closes && authorised > end)
        {
            authorised = end;
        }

        var assessment = new CinAssessment
        {
            ActualStartDate = assessmentStarted,
            AuthorisationDate = authorised <= end ? authorised : null,
            Factors = authorised <= end ? [.. Factors.OrderBy(_ => random.Next()).Take(random.Next(1, 4))] : [],
        };
        last = Max(last, assessment.AuthorisationDate ?? assessmentStarted);

        List<CinSection47> section47s = [];
        List<CinChildProtectionPlan> protectionPlans = [];
        List<CinPlanDates> cinPlans = [];
        var route = random.Next(100);
        var enquiryStarted = assessmentStarted;
        var target = calendar.AddWorkingDays(enquiryStarted, 15);
        if (route < 25 && target <= end)
        {
            var conference = calendar.AddWorkingDays(enquiryStarted, random.Next(8, 16));
            var held = random.Next(100) < 60;
            section47s.Add(new CinSection47
            {
                ActualStartDate = enquiryStarted,
                InitialCpcTarget = target,
                DateOfInitialCpc = held ? conference : null,
                IcpcNotRequired = held ? "0" : "1",
            });
            last = Max(last, conference);
            if (held && random.Next(100) < 70)
            {
                var planEnds = Min(conference.AddDays(random.Next(90, 400)), end);
                var ended = closes && planEnds > conference ? planEnds : (DateOnly?)null;
                List<DateOnly?> reviews = [];
                for (var review = conference.AddMonths(3); review < (ended ?? end); review = review.AddMonths(6))
                {
                    reviews.Add(review);
                }

                protectionPlans.Add(new CinChildProtectionPlan
                {
                    StartDate = conference,
                    EndDate = ended,
                    InitialCategoryOfAbuse = Pick(random, Categories),
                    LatestCategoryOfAbuse = Pick(random, Categories),
                    NumberOfPreviousCpp = random.Next(100) < 80 ? 0 : random.Next(1, 3),
                    ReviewDates = reviews,
                });
                last = Max(last, ended ?? conference);
                closes &= ended is not null;
            }
        }
        else if (route < 65 && assessment.AuthorisationDate is { } planStarts && planStarts < end)
        {
            var planEnds = Min(planStarts.AddDays(random.Next(60, 300)), end);
            var ended = closes && planEnds > planStarts.AddDays(1) ? planEnds : (DateOnly?)null;
            cinPlans.Add(new CinPlanDates { StartDate = planStarts.AddDays(1), EndDate = ended });
            last = Max(last, ended ?? planStarts.AddDays(1));
            closes &= ended is not null;
        }

        closes &= assessment.AuthorisationDate is not null && last <= end;
        var closed = closes ? last.AddDays(random.Next(0, end.DayNumber - last.DayNumber + 1)) : (DateOnly?)null;
        var onlyAssessed = section47s.Count == 0 && cinPlans.Count == 0;
        return new CinDetails
        {
            CinReferralDate = referred,
            ReferralSource = Pick(random, Sources),
            PrimaryNeedCode = Pick(random, Needs),
            CinClosureDate = closed,
            ReasonForClosure = closed is null ? null : onlyAssessed ? "RC8" : Pick(random, Closures),
            Assessments = [assessment],
            CinPlanDates = cinPlans,
            Section47s = section47s,
            ReferralNfa = "0",
            ChildProtectionPlans = protectionPlans,
        };
    }

    /// <summary>A permanent UPN from local authority 886, unique to the child, with its check letter.</summary>
    private static string Upn(int index)
    {
        var digits = string.Create(CultureInfo.InvariantCulture, $"886{index:D9}");
        var sum = 0;
        for (var position = 2; position <= 13; position++)
        {
            sum += (digits[position - 2] - '0') * position;
        }

        return CheckLetters[sum % 23] + digits;
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
