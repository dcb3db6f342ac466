using Hearth.Domain.ChildProtection;

namespace Hearth.Domain.Tests.ChildProtection;

public class AgencyContributionTests
{
    [Fact]
    public void TryCreate_DissentWithoutReason_AsksWhyNamingTheAgency()
    {
        AgencyContribution.TryCreate(Agency.Police, "Known to police", false, " ", out _, out var error).ShouldBeFalse();

        error.ShouldBe("Enter why the police disagreed with the decision");
    }

    [Fact]
    public void TryCreate_NoAgreementGiven_AsksForIt()
    {
        AgencyContribution.TryCreate(Agency.Health, "Missed appointments", null, null, out _, out var error).ShouldBeFalse();

        error.ShouldBe("Select whether health agreed with the decision");
    }

    [Fact]
    public void TryCreate_NoContribution_AsksForItNamingAnOtherAgency()
    {
        AgencyContribution.TryCreate(Agency.Other("Avon Probation"), "", true, null, out _, out var error).ShouldBeFalse();

        error.ShouldBe("Enter what Avon Probation contributed");
    }

    [Fact]
    public void TryCreate_Agreed_DropsAnyDissentReason()
    {
        AgencyContribution.TryCreate(Agency.Education, " Attendance 60% ", true, "left over", out var contribution, out _).ShouldBeTrue();

        contribution.Contribution.ShouldBe("Attendance 60%");
        contribution.DissentReason.ShouldBeNull();
    }
}
