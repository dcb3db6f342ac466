using Hearth.Domain.ChildProtection;

namespace Hearth.Domain.Tests.ChildProtection;

public class ConferenceAttendeeTests
{
    internal static ConferenceAttendee Attendee(ConferenceAgency agency, string name = "Sam Jones", string role = "Worker")
    {
        ConferenceAttendee.TryCreate(name, role, agency, out var attendee, out var error).ShouldBeTrue(error);
        return attendee!;
    }

    [Fact]
    public void TryCreate_NameRoleAndAgency_KeepsThemTrimmed()
    {
        ConferenceAttendee.TryCreate(" Ann Lee ", " Health visitor ", ConferenceAgency.Health, out var attendee, out _).ShouldBeTrue();

        attendee!.Name.ShouldBe("Ann Lee");
        attendee.Role.ShouldBe("Health visitor");
        attendee.ToString().ShouldBe("Ann Lee (Health visitor, Health)");
    }

    [Theory]
    [InlineData("", "Chair", ConferenceAgency.LocalAuthority, "Enter the attendee's name")]
    [InlineData("Ann Lee", " ", ConferenceAgency.LocalAuthority, "Enter the attendee's role")]
    [InlineData("Ann Lee", "Chair", null, "Select the attendee's agency")]
    public void TryCreate_SomethingMissing_SaysWhat(string name, string role, ConferenceAgency? agency, string message)
    {
        ConferenceAttendee.TryCreate(name, role, agency, out _, out var error).ShouldBeFalse();

        error.ShouldBe(message);
    }

    [Fact]
    public void TryCreate_NameTooLong_IsRefused()
    {
        ConferenceAttendee.TryCreate(new string('a', ConferenceAttendee.MaxLength + 1), "Chair", ConferenceAgency.LocalAuthority, out _, out var error).ShouldBeFalse();

        error.ShouldBe("The attendee's name must be 100 characters or fewer");
    }

    [Fact]
    public void MakeQuorum_LocalAuthorityAndTwoOtherAgencies_IsQuorate()
    {
        ConferenceAttendee.MakeQuorum([Attendee(ConferenceAgency.LocalAuthority), Attendee(ConferenceAgency.Police), Attendee(ConferenceAgency.Health)]).ShouldBeTrue();
    }

    [Fact]
    public void MakeQuorum_TwoPeopleFromTheSameOtherAgency_IsNotQuorate()
    {
        ConferenceAttendee.MakeQuorum([Attendee(ConferenceAgency.LocalAuthority), Attendee(ConferenceAgency.Health), Attendee(ConferenceAgency.Health, "Dr Patel")]).ShouldBeFalse();
    }

    [Fact]
    public void MakeQuorum_ThreeAgenciesWithoutTheLocalAuthority_IsNotQuorate()
    {
        ConferenceAttendee.MakeQuorum([Attendee(ConferenceAgency.Education), Attendee(ConferenceAgency.Police), Attendee(ConferenceAgency.Health)]).ShouldBeFalse();
    }

    [Fact]
    public void MakeQuorum_FamilyDoesNotCountAsAnAgency()
    {
        ConferenceAttendee.MakeQuorum([Attendee(ConferenceAgency.LocalAuthority), Attendee(ConferenceAgency.Police), Attendee(ConferenceAgency.Family)]).ShouldBeFalse();
    }
}
