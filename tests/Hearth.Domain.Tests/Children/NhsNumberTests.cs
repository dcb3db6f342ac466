using Hearth.Domain.Children;

namespace Hearth.Domain.Tests.Children;

public class NhsNumberTests
{
    [Theory]
    [InlineData("9434765919")]
    [InlineData("943 476 5919")]
    [InlineData(" 943-476-5919 ")]
    public void TryCreate_ValidNumberWithOrWithoutSpaces_StoresDigitsOnly(string input)
    {
        var created = NhsNumber.TryCreate(input, out var nhsNumber, out var error);

        created.ShouldBeTrue();
        error.ShouldBeNull();
        nhsNumber!.Value.ShouldBe("9434765919");
    }

    [Fact]
    public void Display_ValidNumber_IsThreeThreeFour()
    {
        var nhsNumber = NhsNumber.Create("9434765919");

        nhsNumber.Display.ShouldBe("943 476 5919");
        nhsNumber.ToString().ShouldBe("943 476 5919");
    }

    [Fact]
    public void TryCreate_CheckDigitWorksOutAsZero_IsValid()
    {
        // 4x10 + 2x2 = 44; 44 mod 11 = 0; 11 - 0 = 11, which the algorithm turns into a check digit of 0.
        var created = NhsNumber.TryCreate("4000000020", out var nhsNumber, out _);

        created.ShouldBeTrue();
        nhsNumber!.Value.ShouldBe("4000000020");
    }

    [Theory]
    [InlineData(null, "Enter an NHS number")]
    [InlineData("   ", "Enter an NHS number")]
    [InlineData("943476591", "An NHS number must be 10 digits long")]
    [InlineData("94347659190", "An NHS number must be 10 digits long")]
    [InlineData("94347659A9", "An NHS number must only include numbers 0 to 9")]
    [InlineData("9434765918", "This is not a valid NHS number: check it has been copied correctly")]
    public void TryCreate_BadInput_RefusesWithMessage(string? input, string message)
    {
        var created = NhsNumber.TryCreate(input, out var nhsNumber, out var error);

        created.ShouldBeFalse();
        nhsNumber.ShouldBeNull();
        error.ShouldBe(message);
    }

    [Fact]
    public void TryCreate_CheckDigitWorksOutAsTen_IsInvalidWhateverTheLastDigit()
    {
        // 4 in the eighth position is 4x3 = 12; 12 mod 11 = 1; 11 - 1 = 10, which no NHS number may have.
        var results = Enumerable.Range(0, 10).Select(last => NhsNumber.TryCreate($"000000040{last}", out _, out _));

        results.ShouldAllBe(created => !created);
    }

    [Fact]
    public void Create_InvalidNumber_ThrowsDomainRuleExceptionWithMessage()
    {
        var thrown = Should.Throw<DomainRuleException>(() => NhsNumber.Create("1234"));

        thrown.Message.ShouldBe("An NHS number must be 10 digits long");
    }

    [Fact]
    public void Equality_SameDigitsWrittenDifferently_AreEqual()
    {
        NhsNumber.Create("943 476 5919").ShouldBe(NhsNumber.Create("9434765919"));
    }
}
