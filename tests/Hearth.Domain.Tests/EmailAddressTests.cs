using Hearth.Domain.Workforce;

namespace Hearth.Domain.Tests;

public class EmailAddressTests
{
    [Theory]
    [InlineData("Alex.Okafor@Example.GOV.UK", "alex.okafor@example.gov.uk")]
    [InlineData("  sam@council.gov.uk ", "sam@council.gov.uk")]
    public void TryCreate_WellFormed_TrimsAndLowerCases(string input, string expected)
    {
        bool created = EmailAddress.TryCreate(input, out EmailAddress? email, out string? error);

        created.ShouldBeTrue();
        error.ShouldBeNull();
        email!.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null, "Enter an email address")]
    [InlineData(" ", "Enter an email address")]
    [InlineData("alex", "Enter an email address in the correct format, like name@example.gov.uk")]
    [InlineData("@example.gov.uk", "Enter an email address in the correct format, like name@example.gov.uk")]
    [InlineData("alex@", "Enter an email address in the correct format, like name@example.gov.uk")]
    [InlineData("alex@localhost", "Enter an email address in the correct format, like name@example.gov.uk")]
    [InlineData("alex@@example.gov.uk", "Enter an email address in the correct format, like name@example.gov.uk")]
    [InlineData("alex okafor@example.gov.uk", "Enter an email address in the correct format, like name@example.gov.uk")]
    [InlineData("alex@example.gov.uk.", "Enter an email address in the correct format, like name@example.gov.uk")]
    public void TryCreate_Malformed_Refuses(string? input, string expectedError)
    {
        bool created = EmailAddress.TryCreate(input, out EmailAddress? email, out string? error);

        created.ShouldBeFalse();
        email.ShouldBeNull();
        error.ShouldBe(expectedError);
    }

    [Fact]
    public void TryCreate_TooLong_Refuses()
    {
        string input = new string('a', 250) + "@x.uk";

        bool created = EmailAddress.TryCreate(input, out _, out string? error);

        created.ShouldBeFalse();
        error.ShouldBe("Email address must be 254 characters or fewer");
    }
}
