using Hearth.Domain.FrontDoor;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hearth.Web.Tests.Pages.FrontDoor;

public sealed class FrontDoorSettingsTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public void LinkWindow_FromConfiguration_IsTheLocalAuthoritysOwn()
    {
        using var configured = factory.WithWebHostBuilder(builder => builder.UseSetting("Hearth:FrontDoor:LinkWindowDays", "14"));

        configured.Services.GetRequiredService<IOptions<FrontDoorOptions>>().Value.LinkWindowDays.ShouldBe(14);
        factory.Services.GetRequiredService<IOptions<FrontDoorOptions>>().Value.LinkWindowDays.ShouldBe(7);
    }

    [Fact]
    public void LevelsOfNeed_FromConfiguration_RenameALevelAndKeepTheOtherDefaults()
    {
        using var configured = factory.WithWebHostBuilder(builder => builder.UseSetting("Hearth:FrontDoor:LevelsOfNeed:EarlyHelp:Name", "Level 2: targeted support"));

        var levels = configured.Services.GetRequiredService<IOptions<FrontDoorOptions>>().Value.LevelsOfNeed;

        levels.EarlyHelp.Name.ShouldBe("Level 2: targeted support");
        levels.EarlyHelp.Description.ShouldBe(new LevelOfNeedFramework().EarlyHelp.Description);
        levels.ChildProtection.Name.ShouldBe("Child protection");
        factory.Services.GetRequiredService<IOptions<FrontDoorOptions>>().Value.LevelsOfNeed.EarlyHelp.Name.ShouldBe("Early help");
    }
}
