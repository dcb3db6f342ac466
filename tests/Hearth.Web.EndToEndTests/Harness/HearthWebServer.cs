using Hearth.TestSupport.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.EndToEndTests.Harness;

/// <summary>
/// Hearth.Web on Kestrel at http://127.0.0.1 on a free port, so a real browser can reach it, on a test database of
/// its own and the real clock (the browser's timers run on real time).
/// </summary>
public class HearthWebServer : HearthWebFactory
{
    private Uri? _address;

    public Uri Address => _address ?? throw new InvalidOperationException("Call Start() first.");

    protected override bool UsesRealClock => true;

    public void Start()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        _address = new Uri(addresses.Single(a => a.StartsWith("http://", StringComparison.Ordinal)));
    }

    public Uri Url(string path) => new(Address, path);
}
