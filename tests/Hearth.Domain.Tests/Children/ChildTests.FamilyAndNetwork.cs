using Hearth.Domain.Children;

using static Hearth.Domain.Tests.Children.TestChildren;

namespace Hearth.Domain.Tests.Children;

public partial class ChildTests
{
    [Fact]
    public void AddRelationship_Mother_RecordsThePersonAndEveryFieldGiven()
    {
        var child = Registered();

        var mother = child.AddRelationship(
            RelationshipType.Mother, " Sara  Khan ", new DateOnly(1995, 7, 9), hasParentalResponsibility: true, livesWithChild: true,
            PhoneNumber.Create("07700 900982"), null, null, new DateOnly(2018, 3, 2), Today, Context());

        mother.Name.ShouldBe("Sara Khan");
        child.Relationships.ShouldBe([mother]);
        var change = SingleChange(child);
        change.EntityId.ShouldBe(mother.Id);
        Field(change, "Relationship").After.ShouldBe("Mother");
        Field(change, "Parental responsibility").After.ShouldBe("Yes");
        Field(change, "Phone").After.ShouldBe("07700 900982");
        change.Fields.ShouldNotContain(f => f.Field == "Contact address");
    }

    [Fact]
    public void CanAddRelationship_NoName_IsRefused()
    {
        Registered().CanAddRelationship(" ", null, null, Today, Today).Message.ShouldBe("Enter the person's name");
    }

    [Fact]
    public void CanAddRelationship_StartInTheFuture_IsRefused()
    {
        Registered().CanAddRelationship("Sara Khan", null, null, Today.AddDays(1), Today).Message
            .ShouldBe("The relationship cannot start in the future");
    }

    [Fact]
    public void CanAddRelationship_DateOfBirthInTheFuture_IsRefused()
    {
        Registered().CanAddRelationship("Sara Khan", Today.AddDays(1), null, Today, Today).Message
            .ShouldBe("The person's date of birth cannot be in the future");
    }

    [Fact]
    public void CanAddRelationship_LinkedToTheChildsOwnRecord_IsRefused()
    {
        var child = Registered();

        child.CanAddRelationship("Amira Khan", null, child.Id, Today, Today).Message.ShouldBe("A child cannot be linked to their own record");
        child.CanAddRelationship("Yusuf Khan", null, Guid.CreateVersion7(Now), Today, Today).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void EndRelationship_ValidDate_EndsButKeepsIt()
    {
        var child = Registered();
        var father = AddFather(child);

        child.EndRelationship(father.Id, new DateOnly(2025, 12, 1), Today, Context());

        father.EndDate.ShouldBe(new DateOnly(2025, 12, 1));
        father.IsCurrent.ShouldBeFalse();
        child.Relationships.ShouldContain(father);
        Field(SingleChange(child), "End date").After.ShouldBe("2025-12-01");
    }

    [Fact]
    public void CanEndRelationship_BeforeItStarted_IsRefused()
    {
        var child = Registered();
        var father = AddFather(child);

        child.CanEndRelationship(father.Id, new DateOnly(2018, 3, 1), Today).Message
            .ShouldBe("The relationship cannot end before it started on 2 March 2018");
        child.CanEndRelationship(father.Id, new DateOnly(2018, 3, 2), Today).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanEndRelationship_AlreadyEnded_IsRefused()
    {
        var child = Registered();
        var father = AddFather(child);
        child.EndRelationship(father.Id, Today, Today, Context());

        child.CanEndRelationship(father.Id, Today, Today).Message.ShouldBe("This relationship has already ended");
    }

    [Fact]
    public void CanEndRelationship_InTheFuture_IsRefused()
    {
        var child = Registered();
        var father = AddFather(child);

        child.CanEndRelationship(father.Id, Today.AddDays(1), Today).Message.ShouldBe("The end date cannot be in the future");
    }

    [Fact]
    public void CanEndRelationship_UnknownPerson_IsRefused()
    {
        Registered().CanEndRelationship(Guid.CreateVersion7(Now), Today, Today).Message
            .ShouldBe("This person is not in the child's family and network");
    }

    [Fact]
    public void UpdateRelationship_OnlyLivesWithChanged_RecordsOnlyThat()
    {
        var child = Registered();
        var father = AddFather(child);

        child.UpdateRelationship(father.Id, hasParentalResponsibility: true, livesWithChild: false, null, null, Context());

        father.LivesWithChild.ShouldBeFalse();
        var change = SingleChange(child);
        change.Fields.ShouldBe([new Audit.FieldChange("Lives with the child", "Yes", "No")]);
    }

    [Fact]
    public void CanUpdateRelationship_EndedRelationship_IsRefused()
    {
        var child = Registered();
        var father = AddFather(child);
        child.CanUpdateRelationship(father.Id).IsAllowed.ShouldBeTrue();

        child.EndRelationship(father.Id, Today, Today, Context());

        child.CanUpdateRelationship(father.Id).Message.ShouldBe("This relationship has ended and cannot be changed");
    }

    [Fact]
    public void UpdateRelationship_NothingChanged_RecordsNothing()
    {
        var child = Registered();
        var father = AddFather(child);

        child.UpdateRelationship(father.Id, hasParentalResponsibility: true, livesWithChild: true, null, null, Context());

        child.PendingChanges.ShouldBeEmpty();
    }

    [Fact]
    public void AddProfessional_Gp_RecordsRoleAndOrganisation()
    {
        var child = Registered();

        var gp = child.AddProfessional(
            ProfessionalRole.GeneralPractitioner, "Dr Patel", "Riverside Surgery", null, EmailAddress.Create("riverside.surgery@nhs.net"),
            new DateOnly(2018, 3, 20), Today, Context());

        child.Professionals.ShouldBe([gp]);
        var change = SingleChange(child);
        Field(change, "Role").After.ShouldBe("GP");
        Field(change, "Email").After.ShouldBe("riverside.surgery@nhs.net");
    }

    [Fact]
    public void CanAddProfessional_NoNameOrOrganisation_IsRefused()
    {
        Child.CanAddProfessional(null, " ", Today, Today).Message.ShouldBe("Enter the professional's name or their organisation");
        Child.CanAddProfessional(null, "Hillside Primary School", Today, Today).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanAddProfessional_FromInTheFuture_IsRefused()
    {
        Child.CanAddProfessional("Jo Reed", null, Today.AddDays(1), Today).Message
            .ShouldBe("The date the professional became involved cannot be in the future");
    }

    [Fact]
    public void CanEndProfessional_BeforeInvolvementStarted_IsRefused()
    {
        var child = Registered();
        var nurse = child.AddProfessional(ProfessionalRole.SchoolNurse, "Jo Reed", null, null, null, new DateOnly(2025, 9, 1), Today, Context());

        child.CanEndProfessional(nurse.Id, new DateOnly(2025, 8, 31), Today).Message
            .ShouldBe("The involvement cannot end before it started on 1 September 2025");
        child.CanEndProfessional(nurse.Id, new DateOnly(2025, 9, 1), Today).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void EndProfessional_Twice_IsRefused()
    {
        var child = Registered();
        var nurse = child.AddProfessional(ProfessionalRole.SchoolNurse, "Jo Reed", null, null, null, new DateOnly(2025, 9, 1), Today, Context());
        child.EndProfessional(nurse.Id, Today, Today, Context());

        nurse.ToDate.ShouldBe(Today);
        Should.Throw<DomainRuleException>(() => child.EndProfessional(nurse.Id, Today, Today, Context()))
            .Message.ShouldBe("This professional's involvement has already ended");
    }

    private static RelatedPerson AddFather(Child child)
    {
        var father = child.AddRelationship(
            RelationshipType.Father, "Imran Khan", null, hasParentalResponsibility: true, livesWithChild: true, null, null, null, new DateOnly(2018, 3, 2), Today, Context());
        child.TakePendingChanges();
        return father;
    }
}
