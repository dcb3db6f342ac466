using Hearth.Domain.Children;

namespace Hearth.Domain.Tests.Children;

public class LocalAuthorityChildIdTests
{
    [Theory]
    [InlineData("CH1001", "CH1001")]
    [InlineData("  ab12cd  ", "ab12cd")]
    [InlineData("A1234567890123456789", "A1234567890123456789")]
    public void TryCreate_LettersAndDigits_KeepsThemTrimmed(string input, string expected)
    {
        var created = LocalAuthorityChildId.TryCreate(input, out var id, out var error);

        created.ShouldBeTrue(error);
        id!.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null, "Enter the local authority's ID for the child")]
    [InlineData("", "Enter the local authority's ID for the child")]
    [InlineData("CH 1001", "The local authority's ID for the child must only include letters and numbers, with no spaces or symbols")]
    [InlineData("CH-1001", "The local authority's ID for the child must only include letters and numbers, with no spaces or symbols")]
    [InlineData("CH_1001", "The local authority's ID for the child must only include letters and numbers, with no spaces or symbols")]
    [InlineData("CHé1001", "The local authority's ID for the child must only include letters and numbers, with no spaces or symbols")]
    [InlineData("A12345678901234567890", "The local authority's ID for the child must be 20 characters or fewer")]
    public void TryCreate_BadInput_RefusesWithMessage(string? input, string message)
    {
        var created = LocalAuthorityChildId.TryCreate(input, out var id, out var error);

        created.ShouldBeFalse();
        id.ShouldBeNull();
        error.ShouldBe(message);
    }
}
