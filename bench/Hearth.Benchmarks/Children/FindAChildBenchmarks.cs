using BenchmarkDotNet.Attributes;
using Hearth.Data;
using Hearth.Data.Children;
using Hearth.Domain.Audit;
using Hearth.Domain.Children;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Benchmarks.Children;

/// <summary>
/// "Find a child" on a large local authority's records: every search the page can make, on a database holding
/// <see cref="Children"/> children (by default 150,000: every child known to a large authority over many years).
/// The database is built once, through the domain, and kept between runs in the temp folder.
/// Run: <c>dotnet run -c Release --project bench/Hearth.Benchmarks -- --filter *FindAChild*</c>;
/// set <c>HEARTH_BENCH_POSTGRES</c> to a PostgreSQL connection string to measure PostgreSQL instead of SQLite.
/// </summary>
[MemoryDiagnoser]
public class FindAChildBenchmarks
{
    private static readonly string[] GivenNames =
    [
        "Oliver", "Amelia", "Noah", "Isla", "Jack", "Ava", "Leo", "Mia", "Harry", "Ivy", "Muhammad", "Aisha", "Jayden",
        "Grace", "Kacper", "Zofia", "Tyler", "Chloe", "Ethan", "Lily", "Mason", "Freya", "Riley", "Amara", "Kai", "Zara",
    ];

    private static readonly string[] FamilyNames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson",
        "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Patel", "Khan", "Okafor",
        "Nowak", "Kowalski", "Hughes", "Edwards", "Price", "Morgan", "Lewis", "Murphy", "O'Brien", "Campbell", "Ahmed",
    ];

    // The letters a postcode's inward code may end with (never C, I, K, M, O or V).
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    private static readonly string[] Districts = ["BS20", "BS21", "BS22", "BS23", "BS24", "BS48", "BS49", "BS2", "BS3"];

    private HearthDatabaseSettings _settings = null!;

    [Params(150_000)]
    public int Children { get; set; }

    [GlobalSetup]
    public void Setup() => _settings = BenchmarkDatabase.Prepare($"find-a-child-{Children}", Children, Populate);

    [Benchmark(Description = "family name")]
    public Task<int> FamilyName() => Find(new ChildSearchCriteria { Name = "okafor" });

    [Benchmark(Description = "given and family name")]
    public Task<int> FullName() => Find(new ChildSearchCriteria { Name = "amara okafor" });

    [Benchmark(Description = "misspelt name")]
    public Task<int> Misspelt() => Find(new ChildSearchCriteria { Name = "jnoes" });

    [Benchmark(Description = "name and date of birth")]
    public Task<int> NameAndDateOfBirth() => Find(new ChildSearchCriteria { Name = "smith", DateOfBirth = new DateOnly(2015, 6, 1) });

    [Benchmark(Description = "date of birth")]
    public Task<int> DateOfBirth() => Find(new ChildSearchCriteria { DateOfBirth = new DateOnly(2015, 6, 1) });

    [Benchmark(Description = "NHS number")]
    public Task<int> Nhs() => Find(new ChildSearchCriteria { NhsNumber = NhsNumber.Create(NhsNumberFor(4242)) });

    [Benchmark(Description = "partial postcode")]
    public Task<int> PartialPostcode() =>
        Find(new ChildSearchCriteria { Postcode = Postcode.TryParsePartial("BS23 1", out var partial) ? partial : null });

    [Benchmark(Description = "LA child ID")]
    public Task<int> LaChildId() => Find(new ChildSearchCriteria { LaChildId = "BC0042424" });

    private async Task<int> Find(ChildSearchCriteria criteria)
    {
        await using var db = new HearthDbContext(HearthDbContextOptions.Create(_settings));
        return (await new ChildSearch(db).FindAsync(criteria)).Matches.Count;
    }

    private static void Populate(HearthDbContext db, int start, int count)
    {
        var random = new Random(start);
        var change = new ChangeContext(Guid.CreateVersion7(), "Benchmark", new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var today = new DateOnly(2026, 11, 2);
        for (var i = start; i < start + count; i++)
        {
            var details = new ChildDetails
            {
                Name = PersonName.Create(GivenNames[random.Next(GivenNames.Length)], FamilyNames[random.Next(FamilyNames.Length)]),
                DateOfBirth = today.AddDays(-random.Next(1, 18 * 365)),
                Sex = random.Next(2) == 0 ? Sex.Create("F") : Sex.Create("M"),
                NhsNumber = NhsNumber.Create(NhsNumberFor(i)),
            };
            var child = Child.Register(LocalAuthorityChildId.Create($"BC{i:D7}"), details, today, change);
            var district = Districts[random.Next(Districts.Length)];
            child.MoveAddress(AddressKind.Home, Address.Create($"{random.Next(1, 200)} High Street", null, null, "Weston-super-Mare",
                $"{district} {random.Next(1, 9)}{InwardLetters[random.Next(InwardLetters.Length)]}{InwardLetters[random.Next(InwardLetters.Length)]}"), today.AddYears(-1), today, change);
            db.Add(child);
        }
    }

    /// <summary>A valid NHS number from the 999 range kept for testing, different for each <paramref name="seed"/>.</summary>
    private static string NhsNumberFor(int seed)
    {
        for (var candidate = 999_000_000L + (seed * 5L); ; candidate++)
        {
            var digits = candidate.ToString("D9", System.Globalization.CultureInfo.InvariantCulture);
            var sum = digits.Select((d, index) => (d - '0') * (10 - index)).Sum();
            var check = 11 - (sum % 11);
            if (check == 11)
            {
                check = 0;
            }

            if (check != 10)
            {
                return digits + check.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
