using Hearth.Web.Infrastructure.Navigation;
using Hearth.Web.TagHelpers.Govuk;

using Microsoft.AspNetCore.Mvc;

namespace Hearth.Web.Infrastructure;

/// <summary>
/// The web host's own registration and pipeline. Persistence (<c>AddHearthData</c>), authentication and seeding
/// are registered by their own extension methods between these calls in Program.cs.
/// </summary>
public static class HearthWebExtensions
{
    public static WebApplicationBuilder AddHearthWeb(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
            });
        }

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ServiceNavigation>();

        builder.Services
            .AddRazorPages(options =>
            {
                options.Conventions.ConfigureFilter(new AutoValidateAntiforgeryTokenAttribute());
            })
            .AddMvcOptions(options => options.ModelBinderProviders.Insert(0, new DateInputModelBinderProvider()));

        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "Hearth.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = builder.Environment.IsDevelopment()
                ? CookieSecurePolicy.SameAsRequest
                : CookieSecurePolicy.Always;
            options.FormFieldName = "__RequestVerificationToken";
        });

        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

        builder.Services.AddHealthChecks();

        return builder;
    }

    public static WebApplication UseHearthWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.UseMiddleware<SecurityHeadersMiddleware>();

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRouting();

        return app;
    }

    public static WebApplication MapHearthWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.MapStaticAssets().AllowAnonymous();
        app.MapRazorPages().WithStaticAssets();
        app.MapHealthChecks("/health").AllowAnonymous();

        return app;
    }
}
