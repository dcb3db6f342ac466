using Hearth.Domain.ChildProtection;
using static Hearth.Domain.Tests.ChildProtection.ChildProtectionPlanBuilder;

namespace Hearth.Domain.Tests.ChildProtection;

public class ChildProtectionConferenceTests
{
    [Fact]
    public void RecordInitial_PlanDecided_RecordsTheConferenceWithItsAttendeesAndCategory()
    {
        var episode = Episode();

        var conference = Initial(episode, category: CategoryOfAbuse.EmotionalAbuse);

        conference.Kind.ShouldBe(ConferenceKind.Initial);
        conference.EpisodeId.ShouldBe(episode.Id);
        conference.Attendees.Select(a => a.Name).ShouldBe(["Dee Chair", "PC Jo Bloggs", "Ann Lee"]);
        conference.Attendees.ShouldAllBe(a => a.Id != Guid.Empty);
        conference.Category.ShouldBe(CategoryOfAbuse.EmotionalAbuse);
        var change = conference.PendingChanges.ShouldHaveSingleItem();
        change.Summary.ShouldBe("Initial child protection conference recorded");
        change.Fields.ShouldContain(f => f.Field == "Outcome" && f.Before == null && f.After == "Child protection plan");
        change.Fields.ShouldContain(f => f.Field == "Initial category of abuse" && f.After == "Emotional abuse");
        change.Fields.ShouldContain(f => f.Field == "Quorate" && f.After == "Yes");
    }

    [Fact]
    public void RecordInitial_UnbornChild_IsAPreBirthConference()
    {
        var conference = Initial(Episode(), unborn: true);

        conference.Kind.ShouldBe(ConferenceKind.PreBirthInitial);
        conference.PendingChanges.ShouldHaveSingleItem().Summary.ShouldBe("Pre-birth initial child protection conference recorded");
    }

    [Fact]
    public void RecordInitial_NoPlan_KeepsNoCategory()
    {
        var conference = Initial(Episode(), outcome: ConferenceOutcome.NoPlan);

        conference.Outcome.ShouldBe(ConferenceOutcome.NoPlan);
        conference.Category.ShouldBeNull();
        conference.PlanId.ShouldBeNull();
    }

    [Fact]
    public void RecordInitial_Section47Enquiry_IsKept()
    {
        var episode = Episode();
        var enquiryId = Guid.CreateVersion7();

        var conference = ChildProtectionConference.RecordInitial(
            episode.ChildId, false, episode, Icpc, Quorate(), true, ConferenceOutcome.NoPlan, null, enquiryId, [], Today, Change());

        conference.Section47EnquiryId.ShouldBe(enquiryId);
    }

    [Fact]
    public void CanRecordInitial_NoOpenEpisode_IsRefused()
    {
        var episode = Episode();
        episode.Close(Today, Hearth.Domain.Referrals.ClosureReason.ServicesCeased, Today, Change());

        var rule = ChildProtectionConference.CanRecordInitial(episode, Icpc, Quorate(), true, ConferenceOutcome.NoPlan, null, [], Today);

        rule.Message.ShouldBe("The child has no open child in need episode. Record a referral before recording an initial child protection conference");
    }

    [Fact]
    public void CanRecordInitial_ChildAlreadyOnAPlan_IsRefused()
    {
        var episode = Episode();
        var plan = ChildProtectionPlan.Start(Initial(episode), [], Change());

        var rule = ChildProtectionConference.CanRecordInitial(episode, Today, Quorate(), true, ConferenceOutcome.Plan, CategoryOfAbuse.Neglect, [plan], Today);

        rule.Message.ShouldBe("The child is already the subject of a child protection plan. Record a review conference instead");
    }

    [Fact]
    public void CanRecordInitial_PlanWithoutCategory_AsksForIt()
    {
        var rule = ChildProtectionConference.CanRecordInitial(Episode(), Icpc, Quorate(), true, ConferenceOutcome.Plan, null, [], Today);

        rule.Message.ShouldBe("Select the initial category of abuse");
    }

    [Fact]
    public void CanRecordInitial_Tomorrow_IsRefused()
    {
        var rule = ChildProtectionConference.CanRecordInitial(Episode(), Today.AddDays(1), Quorate(), true, ConferenceOutcome.NoPlan, null, [], Today);

        rule.Message.ShouldBe("The date of the conference cannot be in the future");
    }

    [Fact]
    public void CanRecordInitial_BeforeTheReferral_IsRefused()
    {
        var rule = ChildProtectionConference.CanRecordInitial(Episode(referralDate: new DateOnly(2026, 9, 1)), new DateOnly(2026, 8, 31), Quorate(), true, ConferenceOutcome.NoPlan, null, [], Today);

        rule.Message.ShouldBe("The date of the conference cannot be before the referral date, 1 September 2026");
    }

    [Fact]
    public void CanRecordInitial_NoAttendees_AsksWhoAttended()
    {
        var rule = ChildProtectionConference.CanRecordInitial(Episode(), Icpc, [], false, ConferenceOutcome.NoPlan, null, [], Today);

        rule.Message.ShouldBe("Add who attended the conference");
    }

    [Fact]
    public void CanRecordInitial_QuorateButOnlyTwoAgencies_IsRefused()
    {
        var attendees = Quorate().Take(2).ToList();

        var rule = ChildProtectionConference.CanRecordInitial(Episode(), Icpc, attendees, true, ConferenceOutcome.NoPlan, null, [], Today);

        rule.Message.ShouldBe("The conference was not quorate: it needs the local authority and at least two other agencies");
        ChildProtectionConference.CanRecordInitial(Episode(), Icpc, attendees, false, ConferenceOutcome.NoPlan, null, [], Today).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void CanRecordInitial_ReviewOutcome_IsRefused()
    {
        var rule = ChildProtectionConference.CanRecordInitial(Episode(), Icpc, Quorate(), true, ConferenceOutcome.ContinuePlan, null, [], Today);

        rule.Message.ShouldBe("Select whether the child should be the subject of a child protection plan");
    }

    [Fact]
    public void RecordInitial_RefusedRule_Throws()
    {
        Should.Throw<DomainRuleException>(() => Initial(Episode(), heldOn: Today.AddDays(1)));
    }
}
