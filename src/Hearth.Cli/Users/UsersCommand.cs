using System.CommandLine;
using Hearth.Data;
using Hearth.Data.Workforce;
using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Workforce;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hearth.Cli.Users;

/// <summary><c>hearth users add|reset-password|disable|list</c>: manage who can sign in.</summary>
internal static class UsersCommand
{
    /// <summary>The actor recorded on changes made from the command line; the operating-system user is kept in the name.</summary>
    internal static readonly Guid CommandLineActorId = new("00000000-0000-7000-8000-000000000c11");

    public static Command Create(Lazy<ServiceProvider> services)
    {
        var users = new Command("users", "Add user accounts, reset their passwords and disable them.");
        users.Add(Add(services));
        users.Add(ResetPassword(services));
        users.Add(Disable(services));
        users.Add(List(services));
        return users;
    }

    private static Command Add(Lazy<ServiceProvider> services)
    {
        var email = EmailOption("The email address the person signs in with.");
        var name = new Option<string>("--name") { Description = "The person's name as others will see it.", Required = true };
        var role = new Option<string>("--role")
        {
            Description = $"One of: {string.Join(", ", Enum.GetValues<Role>().Select(RoleArgument))}.",
            Required = true,
        };
        var worker = new Option<string?>("--worker") { Description = "Link the account to a worker, by the worker's email address." };
        var command = new Command("add", "Add a user account with a temporary password they must change when they first sign in.")
        {
            email, name, role, worker,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            if (!EmailAddress.TryCreate(parse.GetValue(email), out var userName, out var emailProblem))
            {
                return await Refuse(error, emailProblem);
            }

            if (!TryParseRole(parse.GetValue(role), out var parsedRole))
            {
                return await Refuse(error, $"'{parse.GetValue(role)}' is not a role. Use one of: {string.Join(", ", Enum.GetValues<Role>().Select(RoleArgument))}");
            }

            await using var scope = services.Value.CreateAsyncScope();
            if (await HearthCommands.DatabaseProblemAsync(scope, cancellationToken) is { } notReady)
            {
                return await Refuse(parse.InvocationConfiguration.Error, notReady);
            }

            var context = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
            if (await context.Set<UserAccount>().AnyAsync(u => u.UserName == userName, cancellationToken))
            {
                return await Refuse(error, $"There is already an account for {userName}");
            }

            Guid? workerId = null;
            if (parse.GetValue(worker) is { Length: > 0 } workerEmail)
            {
                if (!EmailAddress.TryCreate(workerEmail, out var workerAddress, out var workerProblem))
                {
                    return await Refuse(error, $"--worker: {workerProblem}");
                }

                workerId = await context.Set<Worker>().Where(w => w.Email == workerAddress).Select(w => (Guid?)w.Id).SingleOrDefaultAsync(cancellationToken);
                if (workerId is null)
                {
                    return await Refuse(error, $"There is no worker with the email address {workerAddress}");
                }
            }

            var displayName = parse.GetValue(name)?.Trim();
            if (string.IsNullOrEmpty(displayName))
            {
                return await Refuse(error, "Enter the person's name with --name");
            }

            var change = ChangeBy(scope, "Account added from the command line");
            var temporary = Passwords.NewTemporary();
            var account = UserAccount.Create(userName, displayName, parsedRole, workerId, "pending", change);
            account.ResetPassword(Passwords.Hash(account, temporary), change);
            context.Add(account);
            await context.SaveChangesAsync(cancellationToken);
            await output.WriteLineAsync($"Added {displayName} ({userName}) as {parsedRole.DisplayName}.");
            await output.WriteLineAsync($"Temporary password: {temporary}");
            await output.WriteLineAsync("They must choose a new password when they first sign in.");
            return 0;
        });
        return command;
    }

    private static Command ResetPassword(Lazy<ServiceProvider> services)
    {
        var email = EmailOption("The account's email address.");
        var command = new Command("reset-password", "Give an account a new temporary password and end any lockout.") { email };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = services.Value.CreateAsyncScope();
            if (await HearthCommands.DatabaseProblemAsync(scope, cancellationToken) is { } notReady)
            {
                return await Refuse(parse.InvocationConfiguration.Error, notReady);
            }

            var (account, context, problem) = await FindAccount(scope, parse.GetValue(email), cancellationToken);
            if (account is null)
            {
                return await Refuse(parse.InvocationConfiguration.Error, problem!);
            }

            var temporary = Passwords.NewTemporary();
            account.ResetPassword(Passwords.Hash(account, temporary), ChangeBy(scope, "Password reset from the command line"));
            await context.SaveChangesAsync(cancellationToken);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"Reset the password for {account.DisplayName} ({account.UserName}).");
            await output.WriteLineAsync($"Temporary password: {temporary}");
            return 0;
        });
        return command;
    }

    private static Command Disable(Lazy<ServiceProvider> services)
    {
        var email = EmailOption("The account's email address.");
        var reason = new Option<string>("--reason") { Description = "Why the account is disabled, for the audit trail.", Required = true };
        var command = new Command("disable", "Stop an account signing in. Its history is kept.") { email, reason };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var why = parse.GetValue(reason)?.Trim();
            if (string.IsNullOrEmpty(why))
            {
                return await Refuse(error, "Say why the account is disabled with --reason");
            }

            await using var scope = services.Value.CreateAsyncScope();
            if (await HearthCommands.DatabaseProblemAsync(scope, cancellationToken) is { } notReady)
            {
                return await Refuse(parse.InvocationConfiguration.Error, notReady);
            }

            var (account, context, problem) = await FindAccount(scope, parse.GetValue(email), cancellationToken);
            if (account is null)
            {
                return await Refuse(error, problem!);
            }

            if (account.IsDisabled)
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync($"{account.UserName} is already disabled.");
                return 0;
            }

            account.Disable(ChangeBy(scope, why));
            await context.SaveChangesAsync(cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Disabled {account.DisplayName} ({account.UserName}).");
            return 0;
        });
        return command;
    }

    private static Command List(Lazy<ServiceProvider> services)
    {
        var command = new Command("list", "List user accounts.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = services.Value.CreateAsyncScope();
            if (await HearthCommands.DatabaseProblemAsync(scope, cancellationToken) is { } notReady)
            {
                return await Refuse(parse.InvocationConfiguration.Error, notReady);
            }

            var context = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
            var accounts = await context.Set<UserAccount>().AsNoTracking()
                .Select(u => new { u.UserName, u.DisplayName, u.Role, u.IsDisabled })
                .ToListAsync(cancellationToken);
            var output = parse.InvocationConfiguration.Output;
            foreach (var account in accounts.OrderBy(a => a.UserName.Value, StringComparer.Ordinal))
            {
                await output.WriteLineAsync($"{account.UserName,-40} {account.DisplayName,-30} {account.Role.DisplayName}{(account.IsDisabled ? " (disabled)" : string.Empty)}");
            }

            return 0;
        });
        return command;
    }

    private static Option<string> EmailOption(string description) => new("--email") { Description = description, Required = true };

    internal static string RoleArgument(Role role) =>
        System.Text.RegularExpressions.Regex.Replace(role.ToString(), "(?<=[a-z])(?=[A-Z])", "-").ToLowerInvariant();

    private static bool TryParseRole(string? value, out Role role)
    {
        var normalised = (value ?? string.Empty).Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        return Enum.TryParse(normalised, ignoreCase: true, out role) && Enum.IsDefined(role) && !int.TryParse(normalised, out _);
    }

    private static ChangeContext ChangeBy(AsyncServiceScope scope, string reason) =>
        new(CommandLineActorId, $"Command line ({Environment.UserName})", scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(), reason);

    private static async Task<(UserAccount? Account, HearthDbContext Context, string? Problem)> FindAccount(
        AsyncServiceScope scope, string? email, CancellationToken cancellationToken)
    {
        var context = scope.ServiceProvider.GetRequiredService<HearthDbContext>();
        if (!EmailAddress.TryCreate(email, out var userName, out var problem))
        {
            return (null, context, problem);
        }

        var account = await context.Set<UserAccount>().SingleOrDefaultAsync(u => u.UserName == userName, cancellationToken);
        return account is null ? (null, context, $"There is no account for {userName}") : (account, context, null);
    }

    private static async Task<int> Refuse(TextWriter error, string message)
    {
        await error.WriteLineAsync($"hearth: {message}");
        return 1;
    }
}
