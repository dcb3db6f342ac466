using Hearth.Domain.FrontDoor;

namespace Hearth.Domain.Tests.FrontDoor;

public class LevelOfNeedFrameworkTests
{
    [Theory]
    [InlineData(LevelOfNeed.Universal, "Universal")]
    [InlineData(LevelOfNeed.EarlyHelp, "Early help")]
    [InlineData(LevelOfNeed.ChildInNeed, "Child in need")]
    [InlineData(LevelOfNeed.ChildProtection, "Child protection")]
    public void Describe_Defaults_NameTheFourLevels(LevelOfNeed level, string name)
    {
        var framework = new LevelOfNeedFramework();

        framework.Describe(level).Name.ShouldBe(name);
        framework.Describe(level).Description.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Describe_LocalName_IsTheLocalAuthoritysOwn()
    {
        var framework = new LevelOfNeedFramework { EarlyHelp = new LevelOfNeedDefinition { Name = "Level 2: targeted", Description = "Targeted support" } };

        framework.Describe(LevelOfNeed.EarlyHelp).Name.ShouldBe("Level 2: targeted");
        framework.Describe(LevelOfNeed.ChildInNeed).Name.ShouldBe("Child in need");
    }
}
