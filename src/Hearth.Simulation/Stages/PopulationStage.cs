using System.Globalization;
using Hearth.Domain.Children;
using Hearth.Simulation.Journeys;
using Hearth.Simulation.Population;

namespace Hearth.Simulation.Stages;

/// <summary>
/// Registers each child when children's services first hear of them, with a home address and their mother, and the
/// identifiers a real record carries: a test-range NHS number and, for children of school age, a unique pupil number.
/// </summary>
internal sealed class PopulationStage(SimulationSettings settings) : IFamilyStage
{
    /// <summary>The census disability codes, the more common (learning, communication, autism, behaviour) given more often.</summary>
    private static readonly string[] DisabilityCodes = ["LD", "COMM", "AUT", "BEH", "LD", "AUT", "MOB", "HAND", "PC", "INC", "HEAR", "VIS", "CON", "DDA"];

    public string Name => "Children and families";

    public void Run(FamilyHistory family)
    {
        var plan = family.Plan;
        var identifiers = new Identifiers(new Random(plan.Number ^ settings.Seed));
        var home = Address.Create(plan.Street, null, null, plan.Town.Name, identifiers.NextPostcode(family.Dice.Pick(plan.Town.Districts)));
        foreach (var child in plan.Children)
        {
            var first = plan.Contacts.FirstOrDefault(c => c.Children.Contains(child.Index) && c.ReceivedAt <= settings.Now);
            if (first is null)
            {
                continue;
            }

            var registered = first.ReceivedAt.AddMinutes(-5);
            var registeredOn = DateOnly.FromDateTime(registered.UtcDateTime);
            var today = settings.Today;
            var unborn = child.IsUnbornOn(registeredOn);
            var details = new ChildDetails
            {
                Name = PersonName.Create(child.GivenNames, plan.FamilyName),
                DateOfBirth = child.Born,
                Sex = child.Sex,
                Ethnicity = child.HasRecordingError && child.Index % 2 == 0 ? Ethnicity.InformationNotYetObtained : plan.Heritage.Ethnicity,
                FirstLanguage = FirstLanguage.Create(plan.Heritage.Language),
                Religion = plan.Heritage.Religion,
                ImmigrationStatus = plan.Heritage.ImmigrationStatus,
                NhsNumber = family.Dice.Chance(0.95) ? NhsNumberFor(plan.Number, child.Index) : null,
                Disabilities = DisabilitiesFor(ChildNumber(plan.Number, child.Index)),

                // Children keep the UPN a school or maintained nursery gave them (from age 3) after they leave school.
                Upn = SchoolYear(child.Born, today) >= -1 && !(child.HasRecordingError && child.Index % 2 == 1)
                    ? Identifiers.UpnFor(ChildNumber(plan.Number, child.Index), today.Year - Math.Max(0, SchoolYear(child.Born, today)))
                    : null,
            };
            var record = unborn ? RegisterUnborn(family, child, details, registered) : Register(family, child, details, registered, today);
            var since = unborn ? registeredOn : child.Born;
            record.MoveAddress(AddressKind.Home, home with { }, since, today, FamilyHistory.Change(registered));
            record.AddRelationship(
                RelationshipType.Mother, plan.MotherName, plan.MotherBorn, true, true, null, null, null, since, today, FamilyHistory.Change(registered));
            family.Children[child.Index] = record;
        }
    }

    private Child Register(FamilyHistory family, PlannedChild child, ChildDetails details, DateTimeOffset registered, DateOnly today)
    {
        Child.CanRegister(details, today).ThrowIfRefused();
        return Child.Register(LaChildId(family.Plan.Number, child.Index), details, today, FamilyHistory.Change(registered, "Child first known to children's services"));
    }

    /// <summary>
    /// An unborn child is registered as the record was made then, with an expected date of birth, no sex and no NHS
    /// number; once born (before today), the birth is recorded and the baby's name and NHS number added.
    /// </summary>
    private Child RegisterUnborn(FamilyHistory family, PlannedChild child, ChildDetails details, DateTimeOffset registered)
    {
        var registeredOn = DateOnly.FromDateTime(registered.UtcDateTime);
        var unborn = details with
        {
            Name = PersonName.Create("Unborn", family.Plan.FamilyName),
            DateOfBirth = null,
            ExpectedDateOfBirth = child.Expected,
            Sex = Sex.Unknown,
            NhsNumber = null,
            Upn = null,
        };
        Child.CanRegister(unborn, registeredOn).ThrowIfRefused();
        var record = Child.Register(
            LaChildId(family.Plan.Number, child.Index), unborn, registeredOn, FamilyHistory.Change(registered, "Unborn child first known to children's services"));
        var today = settings.Today;
        if (child.Born < today)
        {
            var told = FamilyHistory.Change(child.Born.AddDays(1), "Birth notified by the midwife");
            record.CanRecordBirth(child.Born, today).ThrowIfRefused();
            record.RecordBirth(child.Born, child.Sex, today, told);
            var named = details with { ExpectedDateOfBirth = child.Expected, Upn = null };
            var change = FamilyHistory.Change(child.Born.AddDays(1), "Baby's name and NHS number added after the birth");
            record.CanUpdateDetails(named, today, change.Reason).ThrowIfRefused();
            record.UpdateDetails(named, today, change);
        }

        return record;
    }

    private LocalAuthorityChildId LaChildId(int family, int child) =>
        LocalAuthorityChildId.Create(string.Create(CultureInfo.InvariantCulture, $"{settings.Preset.LaChildIdPrefix}{ChildNumber(family, child) + 100_000:D9}"));

    /// <summary>Each child's own number in the simulation: families have at most six children.</summary>
    private static long ChildNumber(int family, int child) => (family * 6L) + child;

    /// <summary>
    /// The disabilities recorded for the child: most have none (NONE), the rate's share one of the census codes. The
    /// choice hangs on the child's number, not the family's dice, so it changes no other draw.
    /// </summary>
    private IReadOnlyList<Disability> DisabilitiesFor(long childNumber)
    {
        var draw = (int)((childNumber * 2_654_435_761L) % 10_000);
        return draw < settings.Preset.Rates.ChildrenWithADisability * 10_000
            ? [Disability.Create(DisabilityCodes[draw % DisabilityCodes.Length])]
            : [Disability.Create("NONE")];
    }

    /// <summary>
    /// A valid NHS number in the 999 range NHS England keeps for testing and never issues, derived from the child's
    /// place in the simulation so no two children share one (until the range's million numbers are used).
    /// </summary>
    private static NhsNumber? NhsNumberFor(int family, int child)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var serial = (int)(((family * 6L) + child + (attempt * 100_003L)) % 1_000_000);
            var digits = "999" + serial.ToString("D6", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 9; i++)
            {
                sum += (digits[i] - '0') * (10 - i);
            }

            var check = (11 - (sum % 11)) % 11;
            if (check != 10)
            {
                return NhsNumber.Create(digits + check.ToString(CultureInfo.InvariantCulture));
            }
        }

        return null;
    }

    /// <summary>The child's school year: 0 for Reception to 13 for Year 13, below 0 before school.</summary>
    private static int SchoolYear(DateOnly born, DateOnly today)
    {
        var academicYear = today.Month >= 9 ? today.Year : today.Year - 1;
        var cohort = born.Month >= 9 ? born.Year + 1 : born.Year;
        return academicYear - cohort - 4;
    }
}
