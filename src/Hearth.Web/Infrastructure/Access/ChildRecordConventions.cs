using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hearth.Web.Infrastructure.Access;

public static class ChildRecordConventions
{
    /// <summary>The folder whose pages are a child's record; every one of them goes through <see cref="ChildRecordFilter"/>.</summary>
    public const string Folder = "/Children/Record";

    public static IServiceCollection AddHearthAccess(this IServiceCollection services)
    {
        services.AddScoped<ChildAccess>();
        services.AddScoped<ChildRecord>();
        services.AddScoped<ChildRecordFilter>();
        services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AddFolderApplicationModelConvention(Folder, model => model.Filters.Add(new ServiceFilterAttribute(typeof(ChildRecordFilter))));
            options.Conventions.AllowAnonymousToFolder("/Errors");
            options.Conventions.AllowAnonymousToPage("/Accessibility");
            options.Conventions.AllowAnonymousToPage("/Privacy");
            options.Conventions.AllowAnonymousToPage("/Account/SignIn");
            options.Conventions.AllowAnonymousToPage("/Account/SignedOut");
            options.Conventions.AddPageApplicationModelConvention("/Account/SignIn",
                model => model.EndpointMetadata.Add(new Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute(Authentication.HearthAuthentication.SignInRateLimit)));
        });
        return services;
    }
}
