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
}
