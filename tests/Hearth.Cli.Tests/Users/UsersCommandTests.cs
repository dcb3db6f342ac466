using Hearth.Data;
using Hearth.Data.Workforce;
using Hearth.Domain.Workforce;
using Hearth.TestSupport.Database;
using Microsoft.EntityFrameworkCore;

namespace Hearth.Cli.Tests.Users;

public class UsersCommandTests
{
    [Theory]
    [DatabaseData]
    public async Task Add_NewPerson_CreatesAnAccountWithATemporaryPasswordThatMustBeChanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var run = await CliRun.InvokeAsync(database.Settings, "users", "add", "--email", "Jo.Bloggs@Hearth.Example", "--name", "Jo Bloggs", "--role", "team-manager");

        run.ExitCode.ShouldBe(0, run.Error);
        var temporary = run.Output.Split('\n').Single(l => l.StartsWith("Temporary password: ", StringComparison.Ordinal))["Temporary password: ".Length..].Trim();
        await using var context = database.CreateContext();
        var account = await context.Set<UserAccount>().SingleAsync();
        account.UserName.Value.ShouldBe("jo.bloggs@hearth.example");
        account.Role.ShouldBe(Role.TeamManager);
        account.MustChangePassword.ShouldBeTrue();
        Passwords.Verify(account, temporary, out _).ShouldBeTrue();
        Passwords.Verify(account, "not-the-password", out _).ShouldBeFalse();
        (await context.ChangeRecords.CountAsync(c => c.EntityId == account.Id)).ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData("wizard", "'wizard' is not a role")]
    [InlineData("1", "'1' is not a role")]
    public async Task Add_UnknownRole_SaysWhichRolesExist(string role, string expected)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await CliRun.InvokeAsync(database.Settings, "users", "add", "--email", "jo@hearth.example", "--name", "Jo", "--role", role);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain(expected);
        run.Error.ShouldContain("social-worker");
    }

    [Fact]
    public async Task Add_ExistingEmail_IsRefusedAndTheFirstAccountIsKept()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await CliRun.InvokeAsync(database.Settings, "users", "add", "--email", "jo@hearth.example", "--name", "Jo One", "--role", "data-officer");

        var run = await CliRun.InvokeAsync(database.Settings, "users", "add", "--email", "JO@hearth.example", "--name", "Jo Two", "--role", "administrator");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("There is already an account for jo@hearth.example");
        await using var context = database.CreateContext();
        (await context.Set<UserAccount>().SingleAsync()).DisplayName.ShouldBe("Jo One");
    }

    [Fact]
    public async Task Add_BadEmail_SaysWhatIsWrong()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await CliRun.InvokeAsync(database.Settings, "users", "add", "--email", "jo at hearth", "--name", "Jo", "--role", "data-officer");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("Enter an email address in the correct format");
    }

    [Theory]
    [DatabaseData]
    public async Task ResetPassword_LockedOutAccount_GetsANewPasswordAndIsUnlocked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await CliRun.InvokeAsync(database.Settings, "users", "add", "--email", "jo@hearth.example", "--name", "Jo", "--role", "data-officer");
        await using (var context = database.CreateContext())
        {
            var account = await context.Set<UserAccount>().SingleAsync();
            for (var i = 0; i < UserAccount.FailedSignInsBeforeLockout; i++)
            {
                account.RecordFailedSignIn(DateTimeOffset.UtcNow);
            }

            await context.SaveChangesAsync();
            account.IsLockedOut(DateTimeOffset.UtcNow).ShouldBeTrue();
        }

        var run = await CliRun.InvokeAsync(database.Settings, "users", "reset-password", "--email", "jo@hearth.example");

        run.ExitCode.ShouldBe(0, run.Error);
        var temporary = run.Output.Split('\n').Single(l => l.StartsWith("Temporary password: ", StringComparison.Ordinal))["Temporary password: ".Length..].Trim();
        await using var reading = database.CreateContext();
        var reset = await reading.Set<UserAccount>().SingleAsync();
        reset.IsLockedOut(DateTimeOffset.UtcNow).ShouldBeFalse();
        Passwords.Verify(reset, temporary, out _).ShouldBeTrue();
    }

    [Theory]
    [DatabaseData]
    public async Task Disable_Account_StopsSignInAndRecordsTheReason(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await CliRun.InvokeAsync(database.Settings, "users", "add", "--email", "jo@hearth.example", "--name", "Jo", "--role", "data-officer");

        var run = await CliRun.InvokeAsync(database.Settings, "users", "disable", "--email", "jo@hearth.example", "--reason", "Left the council");

        run.ExitCode.ShouldBe(0, run.Error);
        await using var context = database.CreateContext();
        var account = await context.Set<UserAccount>().SingleAsync();
        account.IsDisabled.ShouldBeTrue();
        account.CanSignIn(DateTimeOffset.UtcNow).IsAllowed.ShouldBeFalse();
        (await context.ChangeRecords.AnyAsync(c => c.EntityId == account.Id && c.Reason == "Left the council")).ShouldBeTrue();
    }

    [Fact]
    public async Task Disable_UnknownAccount_SaysSo()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await CliRun.InvokeAsync(database.Settings, "users", "disable", "--email", "nobody@hearth.example", "--reason", "Left");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("There is no account for nobody@hearth.example");
    }

    [Fact]
    public async Task Users_DatabaseNotMigrated_SaysToRunMigrate()
    {
        await using var database = await TestDatabase.CreateEmptyAsync(DatabaseProvider.Sqlite);

        var run = await CliRun.InvokeAsync(database.Settings, "users", "list");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("Run 'hearth migrate' first");
    }
}
