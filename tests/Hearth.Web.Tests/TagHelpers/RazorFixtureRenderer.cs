using Hearth.TestSupport.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Web.Tests.TagHelpers;

/// <summary>
/// Renders the Razor views in TagHelpers/Fixtures (compiled into this test assembly) with the app's own services,
/// so tag helpers run exactly as they do in a page, including nesting and ModelState.
/// </summary>
public sealed class RazorFixtureRenderer : IAsyncLifetime, IDisposable
{
    private readonly HearthWebFactory _host = new();
    private WebApplicationFactory<Program> _factory = null!;

    public IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        await _host.InitializeAsync();
        _factory = _host.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddRazorPages().AddApplicationPart(typeof(RazorFixtureRenderer).Assembly)));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _host.DisposeAsync();
    }

    public void Dispose()
    {
        _factory?.Dispose();
        _host.Dispose();
    }

    public async Task<string> RenderAsync(string view, object model, ModelStateDictionary? modelState = null)
    {
        using var scope = _factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var httpContext = new DefaultHttpContext { RequestServices = services };
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor(), modelState ?? new ModelStateDictionary());
        var viewPath = $"/TagHelpers/Fixtures/{view}.cshtml";
        var result = services.GetRequiredService<IRazorViewEngine>().GetView(executingFilePath: null, viewPath, isMainPage: true);
        var razorView = result.EnsureSuccessful(originalLocations: null).View!;

        var viewData = new ViewDataDictionary(services.GetRequiredService<IModelMetadataProvider>(), actionContext.ModelState) { Model = model };
        var tempData = new TempDataDictionary(httpContext, services.GetRequiredService<ITempDataProvider>());
        await using var writer = new StringWriter();
        var viewContext = new ViewContext(actionContext, razorView, viewData, tempData, writer, new HtmlHelperOptions());
        await razorView.RenderAsync(viewContext);
        return writer.ToString();
    }
}
