using Hearth.Domain.Children;

namespace Hearth.Domain.Tests.Children;

public class ContactDetailsTests
{
    [Theory]
    [InlineData("07700 900982", "07700 900982")]
    [InlineData("  01632   960001 ", "01632 960001")]
    [InlineData("+44 (0)808 157 0192", "+44 (0)808 157 0192")]
    public void PhoneNumber_TryCreate_ValidNumber_KeepsItTidied(string input, string expected)
    {
        PhoneNumber.TryCreate(input, out var phone, out var error).ShouldBeTrue(error);

        phone!.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("", "Enter a phone number")]
    [InlineData("123", "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192")]
    [InlineData("07700 9OO982", "Enter a phone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192")]
    public void PhoneNumber_TryCreate_BadInput_RefusesWithMessage(string input, string message)
    {
        PhoneNumber.TryCreate(input, out _, out var error).ShouldBeFalse();

        error.ShouldBe(message);
    }

    [Theory]
    [InlineData(" riverside.surgery@nhs.net ", "riverside.surgery@nhs.net")]
    [InlineData("jo.reed@school.sch.uk", "jo.reed@school.sch.uk")]
    public void EmailAddress_TryCreate_ValidAddress_KeepsItTrimmed(string input, string expected)
    {
        EmailAddress.TryCreate(input, out var email, out var error).ShouldBeTrue(error);

        email!.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("", "Enter an email address")]
    [InlineData("jo.reed", "Enter an email address in the correct format, like name@example.gov.uk")]
    [InlineData("@nhs.net", "Enter an email address in the correct format, like name@example.gov.uk")]
    [InlineData("jo reed@nhs.net", "Enter an email address in the correct format, like name@example.gov.uk")]
    [InlineData("jo@localhost", "Enter an email address in the correct format, like name@example.gov.uk")]
    public void EmailAddress_TryCreate_BadInput_RefusesWithMessage(string input, string message)
    {
        EmailAddress.TryCreate(input, out _, out var error).ShouldBeFalse();

        error.ShouldBe(message);
    }
}
