using System.Diagnostics.CodeAnalysis;
using Hearth.Domain.Children;
using Hearth.Domain.Workforce;

namespace Hearth.Data.Demo;

internal sealed partial class DemoBuilder
{
    private const string Midwife = "Kate Alder";
    private const string PoliceOfficer = "PC Dan Hooper";

    private Child AddChild(HouseholdPlan plan, Household household, PlannedChild planned, int index)
    {
        var name = PersonName.Create(planned.GivenNames, plan.OnlyChild?.FamilyName ?? household.FamilyName);
        var former = household.NameChange is { } change && planned.Born < change.UsedUntil
            ? PersonName.Create(planned.GivenNames, change.FormerFamilyName)
            : null;
        var alias = planned.Born is not null && Chance(0.06) ? AliasFor(planned.GivenNames, name, household) : null;
        PersonName[] names = [name, .. new[] { former, alias }.OfType<PersonName>()];

        var born = planned.Born;
        var due = planned.Due;
        if (plan.OnlyChild is null)
        {
            if (born is { } date)
            {
                born = Unclash(names, date, -1);
            }
            else
            {
                due = Unclash(names, due!.Value, 1);
            }
        }

        var child = Child.Register(_ids.NextLaChildId(), Details(plan, household, planned, name, born, due, index), _today, Change());
        AddAddresses(household, child);
        if (former is not null)
        {
            child.AddFormerName(former, household.NameChange!.UsedUntil, _today, Change());
        }

        if (alias is not null)
        {
            child.AddAlias(alias, Change());
        }

        if (!plan.Unaccompanied)
        {
            AddParents(household, child, index);
        }

        if (household.Carer is { } carer && household.Placement is not null)
        {
            child.AddRelationship(
                RelationshipType.Carer, carer, null, false, household.Lodgings is null, _ids.NextMobile(), null, null,
                child.Addresses.First(a => a.Kind == AddressKind.Placement).StartDate, _today, Change());
        }

        AddProfessionals(household, child);
        if (household.Warning is { } warning)
        {
            // A warning overdue for review was recorded months ago, when its review date was still ahead.
            child.AddWarning(warning.Type, warning.Description, warning.RaisedOn, warning.ReviewDate, warning.RecordedOn, Change());
        }

        return child;
    }

    private ChildDetails Details(HouseholdPlan plan, Household household, PlannedChild planned, PersonName name, DateOnly? born, DateOnly? due, int index)
    {
        var heritage = household.Heritage;
        var newContact = plan.Service == TeamKind.FrontDoor && plan.Holder is null;
        var isBorn = born is not null;
        var yearGroup = born is { } date ? YearGroup(date) : int.MinValue;
        return new ChildDetails
        {
            Name = name,
            DateOfBirth = born,
            ExpectedDateOfBirth = due,
            Sex = planned.Sex,
            Ethnicity = !isBorn || (newContact && Chance(0.5)) ? Ethnicity.InformationNotYetObtained : heritage.Ethnicity,
            FirstLanguage = isBorn ? FirstLanguage.Create(heritage.Language) : null,
            Religion = heritage.Religion is { } religion
                ? Chance(0.7) ? religion : null
                : Chance(0.25) ? Chance(0.6) ? Religion.NoReligion : Religion.Christian : null,
            Disabilities = isBorn ? DisabilitiesFor(plan, index) : [],
            ImmigrationStatus = plan.Unaccompanied ? ImmigrationStatus.AsylumSeeker : isBorn ? heritage.ImmigrationStatus : null,
            IsUnaccompaniedAsylumSeekingChild = plan.Unaccompanied,
            NhsNumber = isBorn && Chance(0.93) ? _ids.NextNhsNumber() : null,
            Upn = yearGroup is >= 0 and <= 13 && Chance(0.92) ? _ids.NextUpn(household.PrimarySchool.Number, AcademicYear - yearGroup) : null,
        };
    }

    private Disability[] DisabilitiesFor(HouseholdPlan plan, int index)
    {
        if (plan.Service == TeamKind.DisabledChildren && index == 0)
        {
            return DisabilitiesSeenByTheDisabledChildrensTeam.OrderBy(_ => _random.Next()).Take(Between(1, 3)).ToArray();
        }

        if (Chance(0.03))
        {
            return [Pick<Disability>([Disability.Autism, Disability.Behaviour, Disability.Learning])];
        }

        return Chance(0.75) ? [Disability.NoDisability] : [];
    }

    private static PersonName? AliasFor(string givenNames, PersonName name, Household household)
    {
        if (DemoPeople.Nicknames.TryGetValue(givenNames, out var nickname))
        {
            return PersonName.Create(nickname, name.FamilyName);
        }

        return household.MotherFamilyName != name.FamilyName ? PersonName.Create(givenNames, household.MotherFamilyName) : null;
    }

    /// <summary>
    /// Moves a random date of birth (or due date) by a day at a time until no child already made has the
    /// same date and a similar name, so the only possible duplicates in the demo are the ones planted on purpose.
    /// </summary>
    private DateOnly Unclash(IReadOnlyList<PersonName> names, DateOnly date, int step)
    {
        while (names.Any(n => PossibleDuplicates.Find(new DuplicateCandidate(n, date, null), _known).Count > 0))
        {
            date = date.AddDays(step);
        }

        return date;
    }

    private void AddAddresses(Household household, Child child)
    {
        var born = child.DateOfBirth ?? _today;
        if (household.PreviousHome is { } previous && born < household.MovedOn)
        {
            child.MoveAddress(AddressKind.Home, Copy(previous), born, _today, Change());
            child.MoveAddress(household.CurrentKind, Copy(household.Home), household.MovedOn.Value, _today, Change());
        }
        else if (household.Placement is null)
        {
            child.MoveAddress(household.CurrentKind, Copy(household.Home), born, _today, Change());
        }
        else if (child.IsUnaccompaniedAsylumSeekingChild)
        {
            child.MoveAddress(AddressKind.Placement, Copy(household.Placement), Earliest(household.PlacedOn!.Value, _today), _today, Change());
        }
        else
        {
            child.MoveAddress(AddressKind.Home, Copy(household.Home), born, _today, Change());
            var placed = Earliest(Latest(household.PlacedOn!.Value, born.AddDays(1)), _today);
            child.MoveAddress(AddressKind.Placement, Copy(household.Placement), placed, _today, Change());
            if (household.Lodgings is { } lodgings)
            {
                child.MoveAddress(AddressKind.Placement, Copy(lodgings), Earliest(Latest(household.LodgingsOn!.Value, placed.AddDays(1)), _today), _today, Change());
            }
        }
    }

    private void AddParents(Household household, Child child, int index)
    {
        var since = child.DateOfBirth ?? _today;
        var mother = household.Mother;
        child.AddRelationship(
            RelationshipType.Mother, mother.Name, mother.Born, true, mother.LivesWith, mother.Phone, Copy(mother.ContactAddress), null, since, _today, Change());
        var secondFamily = index >= household.SecondFatherFrom;
        var father = secondFamily ? household.SecondFather! : household.Father;
        child.AddRelationship(
            RelationshipType.Father, father.Name, father.Born, father.HasParentalResponsibility, father.LivesWith, father.Phone, Copy(father.ContactAddress),
            null, since, _today, Change());
        if (!secondFamily && household.SecondFather is { LivesWith: true } stepParent)
        {
            child.AddRelationship(
                RelationshipType.StepParent, stepParent.Name, stepParent.Born, false, true, stepParent.Phone, null, null,
                Latest(since, stepParent.Since ?? since), _today, Change());
        }

        if (household.Grandparent is { } grandparent)
        {
            child.AddRelationship(
                RelationshipType.Grandparent, grandparent.Name, grandparent.Born, false, grandparent.LivesWith, grandparent.Phone, null, null,
                since, _today, Change());
        }
    }

    private void AddProfessionals(Household household, Child child)
    {
        if (child.DateOfBirth is not { } born)
        {
            child.AddProfessional(ProfessionalRole.Other, Midwife, DemoPlaces.Midwifery, null, null, _today.AddDays(-Between(10, 60)), _today, Change());
            return;
        }

        child.AddProfessional(ProfessionalRole.GeneralPractitioner, household.Doctor, household.Surgery, null, null, born, _today, Change());
        var yearGroup = YearGroup(born);
        if (yearGroup < 0)
        {
            child.AddProfessional(ProfessionalRole.HealthVisitor, null, DemoPlaces.HealthVisiting, null, null, Earliest(born.AddDays(10), _today), _today, Change());
            if (yearGroup >= -2 && Chance(0.5))
            {
                child.AddProfessional(
                    ProfessionalRole.EarlyYearsSetting, null, Pick(DemoPlaces.Nurseries), null, null,
                    Latest(born.AddYears(2), _today.AddDays(-Between(30, 300))), _today, Change());
            }
        }
        else if (yearGroup <= 6)
        {
            AddSchool(child, household.PrimarySchool.Name, household.SafeguardingLead, AcademicYear - yearGroup);
        }
        else if (yearGroup <= 11)
        {
            AddSchool(child, household.Town.SecondarySchool, household.SafeguardingLead, AcademicYear - (yearGroup - 7));
        }
        else
        {
            AddSchool(child, DemoPlaces.SixthFormCollege, null, AcademicYear - (yearGroup - 12));
        }

        if (yearGroup >= 5 && Chance(0.1))
        {
            child.AddProfessional(ProfessionalRole.Camhs, null, DemoPlaces.Camhs, null, null, _today.AddDays(-Between(30, 400)), _today, Change());
        }

        if (yearGroup >= 8 && child.Sex == Sex.Male && Chance(0.1))
        {
            child.AddProfessional(ProfessionalRole.YouthJustice, null, DemoPlaces.YouthJustice, null, null, _today.AddDays(-Between(30, 300)), _today, Change());
        }

        if (household.Warning is { } warning && warning.Type == WarningType.ViolentOrAggressivePerson)
        {
            child.AddProfessional(
                ProfessionalRole.PoliceContact, PoliceOfficer, DemoPlaces.Police, null, null, Latest(born, warning.RaisedOn), _today, Change());
        }
    }

    /// <summary>
    /// Each record gets its own copy of a shared address: EF Core maps an address as part of the record that
    /// owns it, so one instance cannot belong to two children's records.
    /// </summary>
    [return: NotNullIfNotNull(nameof(address))]
    private static Address? Copy(Address? address) => address is null ? null : address with { };

    private void AddSchool(Child child, string school, string? safeguardingLead, int startedInSeptemberOf) =>
        child.AddProfessional(ProfessionalRole.School, safeguardingLead, school, null, null, new DateOnly(startedInSeptemberOf, 9, 1), _today, Change());

    private int AcademicYear => _today.Month >= 9 ? _today.Year : _today.Year - 1;

    /// <summary>The child's school year now: 0 for Reception, 1 to 13 for Years 1 to 13, below 0 before school.</summary>
    private int YearGroup(DateOnly born)
    {
        // A school year runs from 1 September to 31 August; children start Reception in the September after they turn 4.
        var cohort = born.Month >= 9 ? born.Year + 1 : born.Year;
        return AcademicYear - cohort - 4;
    }

    private void Allocate(HouseholdPlan plan, Household household, Child child)
    {
        if (plan.Holder is not { } holder)
        {
            return;
        }

        var worker = _workerFor[holder];
        var team = TeamOf(worker);
        var from = Latest(Latest(household.AllocatedFrom, worker.StartDate), child.DateOfBirth ?? household.AllocatedFrom);
        if (worker.LeavingDate is { } left && from > left)
        {
            return;
        }

        var history = new CaseAllocations(child.Id, []);
        if (plan.Service is TeamKind.ChildInNeed or TeamKind.ChildProtection or TeamKind.ChildrenLookedAfter
            && plan.RestrictionReason is null
            && _households % 5 < 3)
        {
            var assessor = _workerFor[DemoWorkforce.Staff.First(s => s.Caseload > 0 && s.Team == (household.Town.IsNorth ? DemoWorkforce.AssessmentNorth : DemoWorkforce.AssessmentWeston))];
            var assessedFrom = from.AddDays(-Between(20, 45));
            if (assessedFrom >= assessor.StartDate && assessedFrom >= (child.DateOfBirth ?? assessedFrom))
            {
                history.Allocate(assessor, TeamOf(assessor), assessedFrom, "Referral accepted: child and family assessment", Change());
            }
        }

        history.Allocate(worker, team, from, AllocationReason(plan), Change());
        if (worker.LeavingDate is { } leavingDate)
        {
            history.EndAllocation(leavingDate.AddDays(1), $"{worker.FullName} left the authority: awaiting reallocation", Change());
        }

        _allocations.AddRange(history.History);
    }

    private static string AllocationReason(HouseholdPlan plan) => plan.RestrictionReason is not null
        ? "Restricted record: held by the team manager"
        : plan.Service switch
        {
            TeamKind.FrontDoor => "New contact: screening and a decision within one working day",
            TeamKind.Assessment => "Referral accepted: child and family assessment",
            TeamKind.ChildInNeed => "Assessment completed: child in need plan",
            TeamKind.ChildProtection => "Initial child protection conference: child protection plan",
            TeamKind.ChildrenLookedAfter => "Child became looked after",
            TeamKind.CareLeavers => "Transferred to the care leavers team for pathway planning",
            _ => "Disabled children's assessment",
        };
}
