using Hearth.Domain.ChildProtection;

namespace Hearth.Domain.Tests.ChildProtection;

public class AgencyTests
{
    [Fact]
    public void TryCreate_OtherWithoutName_AsksForIt()
    {
        Agency.TryCreate(AgencyKind.Other, "  ", out _, out var error).ShouldBeFalse();

        error.ShouldBe("Enter the name of the other agency");
    }

    [Fact]
    public void TryCreate_NoKind_AsksForOne()
    {
        Agency.TryCreate(null, null, out _, out var error).ShouldBeFalse();

        error.ShouldBe("Select the agency");
    }

    [Fact]
    public void TryCreate_NamedAgencyWithAName_IsTheNamedAgency()
    {
        Agency.TryCreate(AgencyKind.Police, "ignored", out var agency, out _).ShouldBeTrue();

        agency.ShouldBe(Agency.Police);
        agency.OtherName.ShouldBeNull();
    }

    [Fact]
    public void Equals_OtherAgenciesDifferingOnlyInCase_AreTheSameAgency() =>
        Agency.Other("Avon Probation").ShouldBe(Agency.Other(" avon probation "));

    [Theory]
    [InlineData("Police")]
    [InlineData("LocalAuthority")]
    [InlineData("Other:Weston Housing")]
    public void FromCode_StoredCode_ReadsBackTheSameAgency(string code) =>
        Agency.FromCode(code).Code.ShouldBe(code);

    [Fact]
    public void FromCode_UnknownCode_Throws() =>
        Should.Throw<ArgumentException>(() => Agency.FromCode("Fire"));
}
