using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Workforce;
using static Hearth.Domain.Tests.Workforce.WorkforceTestData;

namespace Hearth.Domain.Tests.Workforce;

public class CaseAllocationsTests
{
    private static readonly Guid ChildId = Guid.Parse("0197a1b2-0000-7000-8000-0000000000c1");
    private static readonly DateOnly March10 = new(2025, 3, 10);

    private readonly Team _assessment = CreateTeam("Assessment Team 1");
    private readonly Team _childInNeed = CreateTeam("Child in Need Team 2", TeamKind.ChildInNeed);
    private readonly Worker _alex;
    private readonly Worker _jo;

    public CaseAllocationsTests()
    {
        _alex = CreateWorker(_assessment, "Alex", "Okafor");
        _jo = CreateWorker(_childInNeed, "Jo", "Brennan");
    }

    [Fact]
    public void Allocate_UnallocatedChild_BecomesCurrentFromStartDate()
    {
        var allocations = new CaseAllocations(ChildId, []);

        Allocation allocation = allocations.Allocate(_alex, _assessment, March10, "Referral accepted for assessment", Context());

        allocation.ChildId.ShouldBe(ChildId);
        allocation.WorkerId.ShouldBe(_alex.Id);
        allocation.TeamId.ShouldBe(_assessment.Id);
        allocations.CurrentOn(March10).ShouldBe(allocation);
        allocations.CurrentOn(March10.AddDays(-1)).ShouldBeNull();
        allocations.Open.ShouldBe(allocation);
    }

    [Fact]
    public void Allocate_UnallocatedChild_RecordsTheAllocationOnTheChildsHistory()
    {
        var allocations = new CaseAllocations(ChildId, []);

        Allocation allocation = allocations.Allocate(_alex, _assessment, March10, " Referral accepted ", Context());

        ChangeRecord record = allocation.PendingChanges.ShouldHaveSingleItem();
        record.ChildId.ShouldBe(ChildId);
        record.EntityId.ShouldBe(allocation.Id);
        record.Summary.ShouldBe("Child allocated to Alex Okafor");
        record.Fields.ShouldBe(
        [
            new FieldChange("Worker", null, "Alex Okafor"),
            new FieldChange("Team", null, "Assessment Team 1"),
            new FieldChange("Start date", null, "2025-03-10"),
            new FieldChange("Reason for allocation", null, "Referral accepted"),
        ]);
    }

    [Fact]
    public void Allocate_AllocatedChild_EndsCurrentAllocationOnTheNewStartDate()
    {
        var allocations = new CaseAllocations(ChildId, []);
        Allocation first = allocations.Allocate(_alex, _assessment, March10, "Referral accepted", Context());
        first.TakePendingChanges();
        var transfer = new DateOnly(2025, 4, 22);

        Allocation second = allocations.Allocate(_jo, _childInNeed, transfer, "Assessment complete: child in need plan", Context());

        first.EndDate.ShouldBe(transfer);
        first.EndReason.ShouldBe("Reallocated to Jo Brennan: Assessment complete: child in need plan");
        allocations.CurrentOn(transfer.AddDays(-1)).ShouldBe(first);
        allocations.CurrentOn(transfer).ShouldBe(second);
        allocations.Open.ShouldBe(second);
        allocations.History.ShouldBe([first, second]);
        ChangeRecord ended = first.PendingChanges.ShouldHaveSingleItem();
        ended.Summary.ShouldBe("Allocation ended");
        ended.ChildId.ShouldBe(ChildId);
        ended.Fields.ShouldBe(
        [
            new FieldChange("End date", null, "2025-04-22"),
            new FieldChange("Reason for ending", null, "Reallocated to Jo Brennan: Assessment complete: child in need plan"),
        ]);
    }

    [Fact]
    public void Allocate_SameDayAsCurrentStart_KeepsTheFirstInHistoryButNeverCurrent()
    {
        var allocations = new CaseAllocations(ChildId, []);
        Allocation first = allocations.Allocate(_alex, _assessment, March10, "Referral accepted", Context());
        Worker sam = CreateWorker(_assessment, "Sam", "Patel");

        Allocation second = allocations.Allocate(sam, _assessment, March10, "Alex on leave", Context());

        first.EndDate.ShouldBe(March10);
        allocations.CurrentOn(March10).ShouldBe(second);
        allocations.History.Count.ShouldBe(2);
    }

    [Fact]
    public void Allocate_StartBeforeCurrentAllocationStarted_Refused()
    {
        var allocations = new CaseAllocations(ChildId, []);
        allocations.Allocate(_alex, _assessment, March10, "Referral accepted", Context());

        RuleResult result = allocations.CanAllocate(_jo, _childInNeed, March10.AddDays(-1), "Transfer");

        result.IsAllowed.ShouldBeFalse();
        result.Message.ShouldBe("The start date must be on or after 10 March 2025, when the current allocation started");
        Should.Throw<DomainRuleException>(() => allocations.Allocate(_jo, _childInNeed, March10.AddDays(-1), "Transfer", Context()))
            .Message.ShouldBe(result.Message);
        allocations.History.Count.ShouldBe(1);
        allocations.History[0].EndDate.ShouldBeNull();
    }

    [Fact]
    public void Allocate_WorkerWhoHasLeft_Refused()
    {
        _alex.RecordLeaving(new DateOnly(2025, 3, 7), Context());
        var allocations = new CaseAllocations(ChildId, []);

        RuleResult result = allocations.CanAllocate(_alex, _assessment, March10, "Referral accepted");

        result.IsAllowed.ShouldBeFalse();
        result.Message.ShouldBe("Alex Okafor left on 7 March 2025 and cannot be allocated children.");
        Should.Throw<DomainRuleException>(() => allocations.Allocate(_alex, _assessment, March10, "Referral accepted", Context()));
        allocations.History.ShouldBeEmpty();
    }

    [Fact]
    public void Allocate_InactiveTeam_Refused()
    {
        var allocations = new CaseAllocations(ChildId, []);
        _assessment.Deactivate(Context());

        RuleResult result = allocations.CanAllocate(_alex, _assessment, March10, "Referral accepted");

        result.Message.ShouldBe("The Assessment Team 1 team is inactive. Choose an active team.");
    }

    [Fact]
    public void Allocate_WorkerNotInTheTeam_Refused()
    {
        var allocations = new CaseAllocations(ChildId, []);

        RuleResult result = allocations.CanAllocate(_alex, _childInNeed, March10, "Referral accepted");

        result.Message.ShouldBe("Alex Okafor is not in the Child in Need Team 2 team. Choose someone in the team, or move them to it first.");
    }

    [Fact]
    public void Allocate_WorkerWhoHoldsNoCases_Refused()
    {
        Worker support = CreateWorker(_assessment, "Chris", "Lee", Role.BusinessSupport, registration: null);
        var allocations = new CaseAllocations(ChildId, []);

        allocations.CanAllocate(support, _assessment, March10, "Referral accepted").IsAllowed.ShouldBeFalse();
    }

    [Fact]
    public void Allocate_SameWorkerAndTeamAsCurrent_Refused()
    {
        var allocations = new CaseAllocations(ChildId, []);
        allocations.Allocate(_alex, _assessment, March10, "Referral accepted", Context());

        RuleResult result = allocations.CanAllocate(_alex, _assessment, March10.AddDays(5), "Again");

        result.Message.ShouldBe("The child is already allocated to Alex Okafor in the Assessment Team 1 team.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Allocate_NoReason_Refused(string? reason)
    {
        var allocations = new CaseAllocations(ChildId, []);

        allocations.CanAllocate(_alex, _assessment, March10, reason).Message.ShouldBe("Enter the reason for allocation");
    }

    [Fact]
    public void EndAllocation_CurrentAllocation_LeavesChildUnallocatedFromEndDate()
    {
        var allocations = new CaseAllocations(ChildId, []);
        Allocation allocation = allocations.Allocate(_alex, _assessment, March10, "Referral accepted", Context());
        allocation.TakePendingChanges();
        var closed = new DateOnly(2025, 5, 2);

        allocations.EndAllocation(closed, " Case closed: no further action ", Context("Closure authorised"));

        allocation.EndDate.ShouldBe(closed);
        allocation.EndReason.ShouldBe("Case closed: no further action");
        allocations.Open.ShouldBeNull();
        allocations.CurrentOn(closed.AddDays(-1)).ShouldBe(allocation);
        allocations.CurrentOn(closed).ShouldBeNull();
        ChangeRecord record = allocation.PendingChanges.ShouldHaveSingleItem();
        record.Reason.ShouldBe("Closure authorised");
        record.Fields.ShouldBe(
        [
            new FieldChange("End date", null, "2025-05-02"),
            new FieldChange("Reason for ending", null, "Case closed: no further action"),
        ]);
    }

    [Fact]
    public void EndAllocation_UnallocatedChild_Refused()
    {
        var allocations = new CaseAllocations(ChildId, []);

        RuleResult result = allocations.CanEndAllocation(March10, "Closed");

        result.Message.ShouldBe("The child is not allocated, so there is no allocation to end.");
        Should.Throw<DomainRuleException>(() => allocations.EndAllocation(March10, "Closed", Context()));
    }

    [Fact]
    public void EndAllocation_BeforeItStarted_Refused()
    {
        var allocations = new CaseAllocations(ChildId, []);
        allocations.Allocate(_alex, _assessment, March10, "Referral accepted", Context());

        allocations.CanEndAllocation(March10.AddDays(-1), "Closed").Message
            .ShouldBe("The end date must be on or after 10 March 2025, when the allocation started");
    }

    [Fact]
    public void EndAllocation_NoReason_Refused()
    {
        var allocations = new CaseAllocations(ChildId, []);
        allocations.Allocate(_alex, _assessment, March10, "Referral accepted", Context());

        allocations.CanEndAllocation(March10.AddDays(3), " ").Message.ShouldBe("Enter the reason for ending the allocation");
        allocations.Open.ShouldNotBeNull();
    }

    [Fact]
    public void Allocate_AfterEnding_MustStartOnOrAfterTheEnd()
    {
        var allocations = new CaseAllocations(ChildId, []);
        allocations.Allocate(_alex, _assessment, March10, "Referral accepted", Context());
        var closed = new DateOnly(2025, 5, 2);
        allocations.EndAllocation(closed, "Case closed", Context());

        RuleResult early = allocations.CanAllocate(_jo, _childInNeed, closed.AddDays(-1), "Re-referral");
        RuleResult onTheDay = allocations.CanAllocate(_jo, _childInNeed, closed, "Re-referral");

        early.Message.ShouldBe("The start date must be on or after 2 May 2025, when the last allocation ended");
        onTheDay.IsAllowed.ShouldBeTrue();
    }

    [Fact]
    public void TakePendingChanges_Reallocation_ReturnsTheEndingThenTheNewAllocation()
    {
        var allocations = new CaseAllocations(ChildId, []);
        allocations.Allocate(_alex, _assessment, March10, "Referral accepted", Context());
        allocations.TakePendingChanges();

        allocations.Allocate(_jo, _childInNeed, March10.AddDays(30), "Transfer", Context());
        IReadOnlyList<ChangeRecord> changes = allocations.TakePendingChanges();

        changes.Select(c => c.Summary).ShouldBe(["Allocation ended", "Child allocated to Jo Brennan"]);
        allocations.TakePendingChanges().ShouldBeEmpty();
    }

    [Fact]
    public void Constructor_LoadedHistory_FindsCurrentAllocationOnEachDate()
    {
        var earlier = new CaseAllocations(ChildId, []);
        Allocation first = earlier.Allocate(_alex, _assessment, March10, "Referral accepted", Context());
        Allocation second = earlier.Allocate(_jo, _childInNeed, March10.AddDays(40), "Transfer", Context());

        var reloaded = new CaseAllocations(ChildId, [second, first]);

        reloaded.History.ShouldBe([first, second]);
        reloaded.CurrentOn(March10.AddDays(39)).ShouldBe(first);
        reloaded.CurrentOn(March10.AddDays(40)).ShouldBe(second);
    }

    [Fact]
    public void Constructor_AllocationOfAnotherChild_Throws()
    {
        var other = new CaseAllocations(Guid.CreateVersion7(Now), []);
        Allocation allocation = other.Allocate(_alex, _assessment, March10, "Referral accepted", Context());

        Should.Throw<ArgumentException>(() => new CaseAllocations(ChildId, [allocation]));
    }
}
