using Hearth.Domain.Children;
using Hearth.Domain.Workforce;

namespace Hearth.Data.Demo;

internal sealed partial class DemoBuilder
{
    private static readonly (WarningType Type, string Description)[] WarningsForVisitors =
    [
        (WarningType.DogOrAnimal, "Two large dogs at the address. Ask for them to be shut in another room before going in."),
        (WarningType.ViolentOrAggressivePerson, "Father has convictions for violence and has threatened professionals. Visit in pairs."),
        (WarningType.DrugUse, "Drug use at the address and needles have been found. Do not sit on soft furnishings."),
        (WarningType.LoneWorkingNotAdvised, "Hostile relatives live next door. No lone visits; tell the duty desk before and after each visit."),
        (WarningType.Other, "The property is in poor repair: the stairs and the upstairs floor are unsafe."),
    ];

    private static readonly Disability[] DisabilitiesSeenByTheDisabledChildrensTeam =
    [
        Disability.Autism, Disability.Learning, Disability.Communication, Disability.Mobility, Disability.PersonalCare,
        Disability.Behaviour, Disability.Hearing, Disability.Vision, Disability.Consciousness, Disability.HandFunction,
        Disability.Incontinence,
    ];

    private UserAccount? _teamManagerAccount;

    private void BuildFamilies()
    {
        _teamManagerAccount = _accounts.Single(a => a.UserName.Value == DemoLocalAuthority.TeamManager.UserName);
        var caseHolders = DemoWorkforce.Staff.Where(s => s.Caseload > 0).ToList();
        var remaining = caseHolders.ToDictionary(s => s, s => s.Caseload);

        // Two children with near-identical names born the same day, so the duplicate check has something to find.
        var pairBorn = _today.AddYears(-9).AddDays(-137);
        var childInNeed = caseHolders.First(s => s.Team == DemoWorkforce.ChildInNeed);
        remaining[childInNeed] -= AddHousehold(new HouseholdPlan(TeamKind.ChildInNeed, 1)
        {
            Holder = childInNeed,
            OnlyChild = new FixedChild("Jayden", "Smith", Sex.Male, pairBorn),
        });
        var newContacts = DemoWorkforce.NewContacts - AddHousehold(new HouseholdPlan(TeamKind.FrontDoor, 1)
        {
            OnlyChild = new FixedChild("Jaydon", "Smyth", Sex.Male, pairBorn),
        });

        var manager = DemoWorkforce.Staff.Single(s => s.Account == DemoLocalAuthority.TeamManager);
        foreach (var reason in DemoWorkforce.RestrictionReasons)
        {
            AddHousehold(new HouseholdPlan(TeamKind.ChildProtection, 1) { Holder = manager, RestrictionReason = reason });
        }

        foreach (var holder in caseHolders)
        {
            var kind = DemoWorkforce.Teams[holder.Team].Kind;
            var first = true;
            while (remaining[holder] > 0)
            {
                remaining[holder] -= AddHousehold(new HouseholdPlan(kind, remaining[holder])
                {
                    Holder = holder,
                    WithUnborn = first && holder.Team is DemoWorkforce.AssessmentNorth or DemoWorkforce.ProtectionNorth or DemoWorkforce.ProtectionWeston,
                    OverdueWarning = first && holder.Account == DemoLocalAuthority.SocialWorker,
                    Unaccompanied = first && holder.Team == DemoWorkforce.LookedAfter,
                });
                first = false;
            }
        }

        var leaver = DemoWorkforce.Staff.Single(s => s.LeftDaysAgo is not null);
        for (var left = DemoWorkforce.LeaverCaseload; left > 0;)
        {
            left -= AddHousehold(new HouseholdPlan(TeamKind.ChildProtection, left) { Holder = leaver });
        }

        while (newContacts > 0)
        {
            newContacts -= AddHousehold(new HouseholdPlan(TeamKind.FrontDoor, newContacts));
        }
    }

    /// <summary>Creates one household's children, their family and network, and their allocations; returns how many children.</summary>
    private int AddHousehold(HouseholdPlan plan)
    {
        _households++;
        var household = PlanHousehold(plan);
        var children = new List<Child>();
        for (var i = 0; i < household.Children.Count; i++)
        {
            children.Add(AddChild(plan, household, household.Children[i], i));
        }

        for (var i = 0; i < children.Count; i++)
        {
            for (var j = 0; j < children.Count; j++)
            {
                if (i == j)
                {
                    continue;
                }

                var sameFather = (i >= household.SecondFatherFrom) == (j >= household.SecondFatherFrom);
                var other = children[j];
                children[i].AddRelationship(
                    sameFather ? RelationshipType.Sibling : RelationshipType.HalfSibling,
                    other.Name.FullName,
                    other.DateOfBirth,
                    false,
                    true,
                    null,
                    null,
                    other.Id,
                    Latest(children[i].DateOfBirth ?? _today, other.DateOfBirth ?? _today),
                    _today,
                    Change());
            }
        }

        foreach (var child in children)
        {
            Allocate(plan, household, child);
            if (plan.RestrictionReason is { } reason)
            {
                child.Restrict(reason, [_teamManagerAccount!.Id], Change());
            }

            _known.Add(KnownChild.From(child));
        }

        _children.AddRange(children);
        return children.Count;
    }

    private Household PlanHousehold(HouseholdPlan plan)
    {
        var heritage = plan.OnlyChild is not null
            ? DemoPeople.Heritages[0]
            : plan.Unaccompanied
                ? DemoPeople.Heritages.Single(h => h.Ethnicity == Ethnicity.AnyOtherAsianBackground)
                : PickWeighted(DemoPeople.Heritages, h => h.Weight);
        var familyName = plan.OnlyChild?.FamilyName ?? Pick(heritage.FamilyNames);
        var town = PickTown(plan);
        var children = PlanChildren(plan, heritage);
        var eldestBorn = children[0].Born ?? _today.AddYears(-1);
        var youngParents = plan.Service == TeamKind.ChildProtection;
        var motherBorn = eldestBorn.AddYears(-Between(youngParents ? 16 : 19, youngParents ? 30 : 36)).AddDays(-Between(0, 364));
        var isMixed = heritage.Ethnicity.Code.StartsWith('M');
        var nameChange = !plan.Unaccompanied && plan.OnlyChild is null && _households % 10 == 3
            ? new NameChange(OtherThan(familyName, isMixed ? DemoPeople.EnglishFamilyNames : heritage.FamilyNames), _today.AddDays(-Between(100, 1200)))
            : null;
        var motherFamily = nameChange is not null || Chance(0.6)
            ? familyName
            : OtherThan(familyName, isMixed ? DemoPeople.EnglishFamilyNames : heritage.FamilyNames);
        var lookedAfter = plan.Service is TeamKind.ChildrenLookedAfter or TeamKind.CareLeavers;
        var home = NewAddress(town);
        var secondFatherFrom = children.Count >= 2 && Chance(0.3) ? Between(1, children.Count - 1) : int.MaxValue;
        var secondFatherLivesWith = !lookedAfter && secondFatherFrom < int.MaxValue && Chance(0.5);
        var fatherLivesWith = !lookedAfter && !secondFatherLivesWith && Chance(0.4);
        var household = new Household(heritage, familyName, town, children, home)
        {
            Mother = new Parent(
                $"{Pick(heritage.Women)} {motherFamily}",
                motherBorn,
                !lookedAfter,
                Chance(0.9) ? _ids.NextMobile() : null,
                lookedAfter ? home : null),
            Father = new Parent(
                $"{Pick(heritage.Men)} {nameChange?.FormerFamilyName ?? familyName}",
                motherBorn.AddYears(-Between(-2, 8)).AddDays(-Between(0, 364)),
                fatherLivesWith,
                Chance(0.7) ? _ids.NextMobile() : null,
                fatherLivesWith || Chance(0.4) ? null : NewAddress(PickWeighted(DemoPlaces.Towns, t => t.Weight)),
                HasParentalResponsibility: Chance(0.85)),
            SecondFatherFrom = secondFatherFrom,
            SecondFather = secondFatherFrom == int.MaxValue
                ? null
                : new Parent(
                    $"{Pick(heritage.Men)} {OtherThan(familyName, isMixed ? DemoPeople.EnglishFamilyNames : heritage.FamilyNames)}",
                    motherBorn.AddYears(-Between(-3, 6)),
                    secondFatherLivesWith,
                    _ids.NextMobile(),
                    null,
                    HasParentalResponsibility: Chance(0.7),
                    Since: (children[secondFatherFrom].Born ?? _today).AddDays(-Between(200, 700))),
            Grandparent = Chance(0.3)
                ? new Parent(
                    $"{Pick(heritage.Women)} {Pick(isMixed ? DemoPeople.EnglishFamilyNames : heritage.FamilyNames)}",
                    motherBorn.AddYears(-Between(18, 28)),
                    !lookedAfter && Chance(0.15),
                    _ids.NextMobile(),
                    null,
                    HasParentalResponsibility: false)
                : null,
            NameChange = nameChange,
            MotherFamilyName = motherFamily,
            Surgery = Pick(town.Surgeries),
            Doctor = Pick(DemoPlaces.Doctors),
            PrimarySchool = Pick(town.PrimarySchools),
            SafeguardingLead = Pick(DemoPlaces.SafeguardingLeads),
        };

        if (!lookedAfter && Chance(0.35))
        {
            household.PreviousHome = NewAddress(Chance(0.7) ? town : PickWeighted(DemoPlaces.Towns, t => t.Weight));
            household.MovedOn = _today.AddDays(-Between(60, 2000));
            if (plan.Service is TeamKind.FrontDoor or TeamKind.Assessment && Chance(0.2))
            {
                household.CurrentKind = AddressKind.Temporary;
                household.Home = Address.Create(
                    $"Room {Between(1, 18)}, {DemoPlaces.TemporaryAccommodation}", "Beach Road", null, "Weston-super-Mare", _ids.NextPostcode("BS23"));
            }
        }

        household.AllocatedFrom = AllocatedFrom(plan);
        if (plan.Service == TeamKind.ChildrenLookedAfter)
        {
            household.PlacedOn = household.AllocatedFrom;
            household.Carer = Pick(DemoPlaces.FosterCarers);
            household.Placement = NewAddress(PickWeighted(DemoPlaces.Towns, t => t.Weight));
        }
        else if (plan.Service == TeamKind.CareLeavers)
        {
            household.PlacedOn = _today.AddDays(-Between(700, 2500));
            household.Carer = Pick(DemoPlaces.FosterCarers);
            household.Placement = NewAddress(PickWeighted(DemoPlaces.Towns, t => t.Weight));
            household.LodgingsOn = _today.AddDays(-Between(30, 400));
            household.Lodgings = Address.Create(
                $"Flat {Between(1, 12)}, {Pick(DemoPlaces.SupportedLodgings)}", Pick(DemoPlaces.Streets), null, "Weston-super-Mare", _ids.NextPostcode("BS23"));
        }

        var warningChance = plan.Service switch
        {
            TeamKind.ChildProtection => 0.3,
            TeamKind.Assessment => 0.15,
            TeamKind.FrontDoor or TeamKind.ChildInNeed => 0.1,
            _ => 0.05,
        };
        if (plan.OverdueWarning)
        {
            var raised = _today.AddDays(-Between(200, 260));
            household.Warning = new VisitorWarning(
                WarningType.ViolentOrAggressivePerson,
                "Mother's partner has been verbally aggressive to professionals. Visit in pairs and tell the duty desk before and after.",
                raised,
                _today.AddDays(-Between(7, 30)),
                RecordedOn: raised);
        }
        else if (plan.RestrictionReason is null && !plan.Unaccompanied && Chance(warningChance))
        {
            var (type, description) = Pick(WarningsForVisitors);
            household.Warning = new VisitorWarning(type, description, _today.AddDays(-Between(10, 300)), _today.AddDays(Between(7, 150)), _today);
        }

        return household;
    }

    private List<PlannedChild> PlanChildren(HouseholdPlan plan, Heritage heritage)
    {
        if (plan.OnlyChild is { } only)
        {
            return [new PlannedChild(only.GivenNames, only.Sex, only.Born, null)];
        }

        var size = Math.Min(plan.MaxChildren, plan.Unaccompanied ? 1 : SampleSize(plan.Service));
        var bornCount = plan.WithUnborn ? size - 1 : size;
        var planned = new List<PlannedChild>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        if (bornCount > 0)
        {
            var born = BornAtAge(plan.Unaccompanied ? 16 : Math.Min(17, Math.Max(SampleAge(plan.Service), (bornCount - 1) * 3)));
            planned.Add(NewChild(heritage, used, born));
            while (planned.Count < bornCount)
            {
                born = born.AddDays(Between(420, 1300));
                if (born > _today.AddDays(-7))
                {
                    break;
                }

                planned.Add(NewChild(heritage, used, born));
            }
        }

        if (plan.WithUnborn)
        {
            planned.Add(new PlannedChild("Unborn baby", Sex.Unknown, null, _today.AddDays(Between(20, 150))));
        }

        return planned;
    }

    private PlannedChild NewChild(Heritage heritage, HashSet<string> used, DateOnly born)
    {
        var sex = Chance(0.5) ? Sex.Male : Sex.Female;
        string given;
        do
        {
            given = Pick(sex == Sex.Male ? heritage.Boys : heritage.Girls);
        }
        while (!used.Add(given));

        return new PlannedChild(given, sex, born, null);
    }

    private int SampleSize(TeamKind service) => service switch
    {
        TeamKind.CareLeavers => 1,
        TeamKind.ChildrenLookedAfter or TeamKind.FrontDoor => WeightedSize((1, 35), (2, 40), (3, 25)),
        TeamKind.DisabledChildren => WeightedSize((1, 40), (2, 45), (3, 15)),
        _ => WeightedSize((1, 15), (2, 30), (3, 27), (4, 17), (5, 11)),
    };

    private int WeightedSize(params (int Size, int Weight)[] sizes) => PickWeighted(sizes, s => s.Weight).Size;

    /// <summary>
    /// Ages skewed as children in need are: fewest babies, most between 10 and 15; younger for child
    /// protection, older for children looked after.
    /// </summary>
    private int SampleAge(TeamKind service)
    {
        (int From, int To, int Weight)[] bands = service switch
        {
            TeamKind.CareLeavers => [(16, 17, 1)],
            TeamKind.ChildrenLookedAfter => [(0, 4, 15), (5, 9, 20), (10, 15, 45), (16, 17, 20)],
            TeamKind.ChildProtection => [(0, 0, 10), (1, 4, 25), (5, 9, 30), (10, 15, 30), (16, 17, 5)],
            TeamKind.DisabledChildren => [(3, 9, 45), (10, 17, 55)],
            _ => [(0, 0, 6), (1, 4, 16), (5, 9, 26), (10, 15, 38), (16, 17, 14)],
        };
        var band = PickWeighted(bands, b => b.Weight);
        return Between(band.From, band.To);
    }

    private DateOnly BornAtAge(int age)
    {
        var born = _today.AddYears(-age).AddDays(-Between(0, 364));
        return born > _today.AddDays(-7) ? _today.AddDays(-Between(7, 60)) : born;
    }

    private Town PickTown(HouseholdPlan plan)
    {
        var team = plan.Holder?.Team;
        var north = team is DemoWorkforce.AssessmentNorth or DemoWorkforce.ProtectionNorth;
        var weston = team is DemoWorkforce.AssessmentWeston or DemoWorkforce.ProtectionWeston;
        var towns = DemoPlaces.Towns.Where(t => (!north || t.IsNorth) && (!weston || !t.IsNorth)).ToList();
        return PickWeighted(towns, t => t.Weight);
    }

    private Address NewAddress(Town town)
    {
        var street = Pick(DemoPlaces.Streets);
        var postcode = _ids.NextPostcode(Pick(town.Districts));
        return Chance(0.2)
            ? Address.Create($"Flat {Between(1, 24)}, {Pick(DemoPlaces.BlocksOfFlats)}", street, null, town.Name, postcode)
            : Address.Create($"{Between(1, 140)} {street}", null, null, town.Name, postcode);
    }

    private string OtherThan(string familyName, IReadOnlyList<string> names)
    {
        string other;
        do
        {
            other = Pick(names);
        }
        while (other == familyName);

        return other;
    }

    private DateOnly AllocatedFrom(HouseholdPlan plan) => plan.Service switch
    {
        TeamKind.FrontDoor => _today.AddDays(-Between(0, 8)),
        TeamKind.Assessment => _today.AddDays(-Between(3, 40)),
        TeamKind.ChildInNeed => _today.AddDays(-Between(60, 500)),
        TeamKind.ChildProtection => _today.AddDays(-Between(30, 540)),
        TeamKind.ChildrenLookedAfter => _today.AddDays(-Between(60, 1200)),
        TeamKind.CareLeavers => _today.AddDays(-Between(30, 500)),
        _ => _today.AddDays(-Between(90, 1500)),
    };

    private sealed record HouseholdPlan(TeamKind Service, int MaxChildren)
    {
        /// <summary>The worker the children are allocated to; none for a new contact not yet allocated.</summary>
        public StaffMember? Holder { get; init; }

        public FixedChild? OnlyChild { get; init; }

        public bool WithUnborn { get; init; }

        public bool OverdueWarning { get; init; }

        public bool Unaccompanied { get; init; }

        public string? RestrictionReason { get; init; }
    }

    private sealed record FixedChild(string GivenNames, string FamilyName, Sex Sex, DateOnly Born);

    private sealed record PlannedChild(string GivenNames, Sex Sex, DateOnly? Born, DateOnly? Due);

    private sealed record Parent(
        string Name,
        DateOnly Born,
        bool LivesWith,
        PhoneNumber? Phone,
        Address? ContactAddress,
        bool HasParentalResponsibility = true,
        DateOnly? Since = null);

    private sealed record NameChange(string FormerFamilyName, DateOnly UsedUntil);

    private sealed record VisitorWarning(WarningType Type, string Description, DateOnly RaisedOn, DateOnly ReviewDate, DateOnly RecordedOn);

    private sealed class Household(Heritage heritage, string familyName, Town town, List<PlannedChild> children, Address home)
    {
        public Heritage Heritage { get; } = heritage;

        public string FamilyName { get; } = familyName;

        public Town Town { get; } = town;

        public List<PlannedChild> Children { get; } = children;

        public Address Home { get; set; } = home;

        public AddressKind CurrentKind { get; set; } = AddressKind.Home;

        public Address? PreviousHome { get; set; }

        public DateOnly? MovedOn { get; set; }

        public required Parent Mother { get; init; }

        public required string MotherFamilyName { get; init; }

        public required Parent Father { get; init; }

        /// <summary>The index of the first child of the mother's second partner; children before it are the first father's.</summary>
        public int SecondFatherFrom { get; init; } = int.MaxValue;

        public Parent? SecondFather { get; init; }

        public Parent? Grandparent { get; init; }

        public NameChange? NameChange { get; init; }

        public required string Surgery { get; init; }

        public required string Doctor { get; init; }

        public required (string Name, string Number) PrimarySchool { get; init; }

        public required string SafeguardingLead { get; init; }

        public DateOnly AllocatedFrom { get; set; }

        public DateOnly? PlacedOn { get; set; }

        public string? Carer { get; set; }

        public Address? Placement { get; set; }

        public DateOnly? LodgingsOn { get; set; }

        public Address? Lodgings { get; set; }

        public VisitorWarning? Warning { get; set; }
    }
}
