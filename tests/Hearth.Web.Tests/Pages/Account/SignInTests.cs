using System.Net;
using Hearth.Domain.Workforce;
using Hearth.TestSupport;
using Hearth.TestSupport.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Web.Tests.Pages.Account;

public sealed class SignInTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Get_Home_NotSignedIn_RedirectsToSignIn()
    {
        var client = factory.CreateHearthClient();

        var response = await client.Http.GetAsync(new Uri("/caseload", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/sign-in?returnUrl=%2Fcaseload");
    }

    [Fact]
    public async Task Post_CorrectPassword_SignsInAndGoesToTheReturnUrl()
    {
        var account = await factory.Data.CreateUserAsync(Role.SeniorLeader);
        var client = factory.CreateHearthClient();

        var response = await client.SubmitFormAsync("/sign-in?returnUrl=%2Faccessibility", new Dictionary<string, string>
        {
            ["Email"] = account.UserName.Value.ToUpperInvariant(),
            ["Password"] = TestData.Password,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/accessibility");
        var home = await client.GetPageAsync("/");
        home.QuerySelector(".hearth-signed-in")!.TextContent.ShouldContain(account.DisplayName);
        await using var db = factory.Database.CreateContext();
        (await db.Set<UserAccount>().SingleAsync(u => u.Id == account.Id)).LastSignedInAt.ShouldBe(factory.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Post_ExternalReturnUrl_GoesHomeInstead()
    {
        var account = await factory.Data.CreateUserAsync(Role.SeniorLeader);
        var client = factory.CreateHearthClient();

        var response = await client.SubmitFormAsync("/sign-in?returnUrl=https%3A%2F%2Fevil.example%2F", new Dictionary<string, string>
        {
            ["Email"] = account.UserName.Value,
            ["Password"] = TestData.Password,
        });

        response.Headers.Location!.ToString().ShouldBe("/");
    }

    [Theory]
    [InlineData("", "", "Enter your email address", "Enter your password")]
    [InlineData("not-an-email", "whatever", "Enter an email address in the correct format, like name@example.gov.uk", null)]
    [InlineData("nobody@hearth.test", "whatever password", "Enter a correct email address and password", null)]
    public async Task Post_BadInput_ShowsTheErrorAndKeepsTheEmail(string email, string password, string emailError, string? passwordError)
    {
        var client = factory.CreateHearthClient();

        var response = await client.SubmitFormAsync("/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await HearthClient.ParseAsync(response);
        page.Title.ShouldStartWith("Error: ");
        page.QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain(emailError);
        page.QuerySelector("#Email-error")!.TextContent.ShouldContain(emailError);
        page.QuerySelector("#Email")!.GetAttribute("value").ShouldBe(email);
        page.QuerySelector("#Password")!.GetAttribute("value").ShouldBeNullOrEmpty();
        if (passwordError is not null)
        {
            page.QuerySelector("#Password-error")!.TextContent.ShouldContain(passwordError);
        }
    }

    [Fact]
    public async Task Post_FiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        var account = await factory.Data.CreateUserAsync(Role.DataOfficer);
        var client = factory.CreateHearthClient();
        HttpResponseMessage? last = null;
        for (var attempt = 1; attempt <= UserAccount.FailedSignInsBeforeLockout; attempt++)
        {
            last = await client.SubmitFormAsync("/sign-in", new Dictionary<string, string> { ["Email"] = account.UserName.Value, ["Password"] = $"wrong password {attempt}" });
        }

        (await HearthClient.ParseAsync(last!)).QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Your account is locked");
        var right = await client.SubmitFormAsync("/sign-in", new Dictionary<string, string> { ["Email"] = account.UserName.Value, ["Password"] = TestData.Password });

        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await HearthClient.ParseAsync(right)).QuerySelector(".govuk-error-summary")!.TextContent.ShouldContain("Your account is locked");
        await using var db = factory.Database.CreateContext();
        (await db.Set<UserAccount>().SingleAsync(u => u.Id == account.Id)).IsLockedOut(factory.Clock.GetUtcNow()).ShouldBeTrue();
        (await db.ChangeRecords.AnyAsync(c => c.EntityId == account.Id && c.Summary.Contains("locked"))).ShouldBeTrue();
    }

    [Fact]
    public async Task Request_AfterTheAccountIsDisabled_EndsTheSession()
    {
        var account = await factory.Data.CreateUserAsync(Role.SeniorLeader);
        var client = await factory.SignInAsync(account);
        (await client.Http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var db = factory.Database.CreateContext())
        {
            var saved = await db.Set<UserAccount>().SingleAsync(u => u.Id == account.Id);
            saved.Disable(factory.Data.Change("Left the council"));
            await db.SaveChangesAsync();
        }

        var response = await client.Http.GetAsync(new Uri("/", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/sign-in");
    }

    [Fact]
    public async Task SignOut_Post_EndsTheSession()
    {
        var client = await factory.SignInAsync(await factory.Data.CreateUserAsync(Role.SeniorLeader));

        var response = await client.SubmitFormAsync("/", new Dictionary<string, string>(), ".hearth-signed-in__form");

        response.Headers.Location!.ToString().ShouldBe("/signed-out");
        (await client.Http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task TemporaryPassword_MustBeChangedBeforeAnythingElse()
    {
        var account = await factory.Data.CreateUserAsync(Role.SeniorLeader);
        await using (var db = factory.Database.CreateContext())
        {
            var saved = await db.Set<UserAccount>().SingleAsync(u => u.Id == account.Id);
            saved.ResetPassword(Hearth.Data.Workforce.Passwords.Hash(saved, TestData.Password), factory.Data.Change("Forgot password"));
            await db.SaveChangesAsync();
        }

        var client = await factory.SignInAsync(account);
        var elsewhere = await client.Http.GetAsync(new Uri("/children", UriKind.Relative));
        elsewhere.Headers.Location!.ToString().ShouldBe("/account/change-password");

        var weak = await client.SubmitFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = TestData.Password,
            ["NewPassword"] = "short",
            ["ConfirmPassword"] = "short",
        });
        (await HearthClient.ParseAsync(weak)).QuerySelector("#NewPassword-error")!.TextContent.ShouldContain("12 characters or more");

        var changed = await client.SubmitFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = TestData.Password,
            ["NewPassword"] = "purple elephant marmalade",
            ["ConfirmPassword"] = "purple elephant marmalade",
        });

        changed.Headers.Location!.ToString().ShouldBe("/");
        (await client.Http.GetAsync(new Uri("/accessibility", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using var reading = factory.Database.CreateContext();
        (await reading.Set<UserAccount>().SingleAsync(u => u.Id == account.Id)).MustChangePassword.ShouldBeFalse();
    }

    [Fact]
    public async Task KeepAlive_Post_ReissuesTheSessionAndSaysWhenItEnds()
    {
        var client = await factory.SignInAsync(await factory.Data.CreateUserAsync(Role.SeniorLeader));
        var home = await client.GetPageAsync("/");
        var timeout = home.QuerySelector("[data-module=hearth-session-timeout]")!;
        timeout.GetAttribute("data-warning-seconds").ShouldBe("120");
        long.Parse(timeout.GetAttribute("data-expires-at")!, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBe(factory.Clock.GetUtcNow().AddMinutes(20).ToUnixTimeMilliseconds());

        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/keep-alive")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", timeout.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]),
        };
        request.Headers.Accept.ParseAdd("application/json");
        var response = await client.Http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain($"\"expiresAt\":{factory.Clock.GetUtcNow().AddMinutes(20).ToUnixTimeMilliseconds()}");
    }
}

public sealed class SignInRateLimitTests(HearthWebFactory factory) : IClassFixture<HearthWebFactory>
{
    [Fact]
    public async Task Post_MoreAttemptsThanTheLimit_GetsTooManyAttempts()
    {
        using var limited = factory.WithWebHostBuilder(builder => builder.UseSetting("Hearth:Session:SignInAttemptsPerMinute", "3"));
        var client = new HearthClient(limited.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var fields = new Dictionary<string, string> { ["Email"] = "someone@hearth.test", ["Password"] = "guessing a password" };

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            (await client.SubmitFormAsync("/sign-in", fields)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await client.SubmitFormAsync("/sign-in", fields);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await HearthClient.ParseAsync(refused)).QuerySelector("h1")!.TextContent.ShouldBe("Too many attempts");
    }
}
