using Hearth.Domain.Audit;

namespace Hearth.Domain.Workforce;

/// <summary>
/// A person's sign-in account. The password hash is computed outside the domain (ASP.NET Identity's
/// password hasher); the account only keeps it and the lockout and disabled state around it.
/// </summary>
public sealed class UserAccount : AuditedEntity
{
    /// <summary>Consecutive failed sign-ins that lock the account.</summary>
    public const int FailedSignInsBeforeLockout = 5;

    public const int MaxDisplayNameLength = 100;

    /// <summary>How long a locked account stays locked.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private UserAccount(Guid id, EmailAddress userName, string displayName, Role role, Guid? workerId, string passwordHash, bool mustChangePassword)
    {
        Id = id;
        UserName = userName;
        DisplayName = displayName;
        Role = role;
        WorkerId = workerId;
        PasswordHash = passwordHash;
        MustChangePassword = mustChangePassword;
        SecurityStamp = NewSecurityStamp();
    }

    private UserAccount()
    {
        UserName = null!;
        DisplayName = PasswordHash = SecurityStamp = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The email address the person signs in with; unique, in lower case.</summary>
    public EmailAddress UserName { get; private set; }

    public string DisplayName { get; private set; }

    public Role Role { get; private set; }

    /// <summary>The worker record for case-holding staff; optional for staff who hold no cases.</summary>
    public Guid? WorkerId { get; private set; }

    public string PasswordHash { get; private set; }

    /// <summary>Changes whenever credentials or access change, so that existing sign-ins end.</summary>
    public string SecurityStamp { get; private set; }

    public int FailedSignInCount { get; private set; }

    public DateTimeOffset? LockoutEnd { get; private set; }

    public bool IsDisabled { get; private set; }

    public DateTimeOffset? LastSignedInAt { get; private set; }

    /// <summary>Set when an administrator resets the password: the person must choose a new one at sign-in.</summary>
    public bool MustChangePassword { get; private set; }

    /// <summary>
    /// Creates an account with a temporary password set by an administrator, so the person must choose
    /// their own at first sign-in.
    /// </summary>
    public static UserAccount Create(
        EmailAddress userName,
        string displayName,
        Role role,
        Guid? workerId,
        string passwordHash,
        ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(context);
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Select a role");
        }

        var account = new UserAccount(
            Guid.CreateVersion7(context.Now),
            userName,
            CheckedDisplayName(displayName),
            role,
            CheckedWorkerId(workerId),
            CheckedHash(passwordHash),
            mustChangePassword: true);
        account.RecordChange(
            null,
            account.Id,
            "User account created",
            context,
            FieldChange.Between("User name", null, account.UserName.Value),
            FieldChange.Between("Display name", null, account.DisplayName),
            FieldChange.Between("Role", null, role.DisplayName),
            FieldChange.Between("Worker", null, workerId),
            FieldChange.Between<bool?>("Must change password", null, true));
        return account;
    }

    public bool IsLockedOut(DateTimeOffset now) => LockoutEnd > now;

    public RuleResult CanSignIn(DateTimeOffset now)
    {
        if (IsDisabled)
        {
            return RuleResult.Refused("Your account has been disabled. Contact your system administrator.");
        }

        return IsLockedOut(now)
            ? RuleResult.Refused($"Your account is locked because of too many failed sign-in attempts. Try again in {(int)LockoutDuration.TotalMinutes} minutes.")
            : RuleResult.Allowed;
    }

    /// <summary>
    /// Counts a wrong password. The lockout itself is recorded as a change; the account is named as
    /// the actor because the attempts were made in its name.
    /// </summary>
    public void RecordFailedSignIn(DateTimeOffset now)
    {
        if (IsLockedOut(now))
        {
            return;
        }

        FailedSignInCount++;
        if (FailedSignInCount < FailedSignInsBeforeLockout)
        {
            return;
        }

        DateTimeOffset? before = LockoutEnd;
        LockoutEnd = now.ToUniversalTime() + LockoutDuration;
        FailedSignInCount = 0;
        RecordChange(
            null,
            Id,
            "Account locked",
            new ChangeContext(Id, DisplayName, now, $"{FailedSignInsBeforeLockout} failed sign-in attempts in a row"),
            FieldChange.Between("Locked until", before, LockoutEnd));
    }

    public void RecordSuccessfulSignIn(DateTimeOffset now)
    {
        CanSignIn(now).ThrowIfRefused();
        FailedSignInCount = 0;
        LockoutEnd = null;
        LastSignedInAt = now.ToUniversalTime();
    }

    /// <summary>The person changes their own password; clears the must-change flag.</summary>
    public void ChangePassword(string newPasswordHash, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        PasswordHash = CheckedHash(newPasswordHash);
        SecurityStamp = NewSecurityStamp();
        bool before = MustChangePassword;
        MustChangePassword = false;
        RecordChange(null, Id, "Password changed", context, FieldChange.Between("Must change password", before, MustChangePassword));
    }

    /// <summary>An administrator sets a temporary password; the person must change it and any lockout ends.</summary>
    public void ResetPassword(string temporaryPasswordHash, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        PasswordHash = CheckedHash(temporaryPasswordHash);
        SecurityStamp = NewSecurityStamp();
        bool mustChangeBefore = MustChangePassword;
        DateTimeOffset? lockoutBefore = LockoutEnd;
        MustChangePassword = true;
        FailedSignInCount = 0;
        LockoutEnd = null;
        RecordChange(
            null,
            Id,
            "Password reset",
            context,
            FieldChange.Between("Must change password", mustChangeBefore, MustChangePassword),
            FieldChange.Between("Locked until", lockoutBefore, LockoutEnd));
    }

    public void Unlock(ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (LockoutEnd is null && FailedSignInCount == 0)
        {
            return;
        }

        DateTimeOffset? before = LockoutEnd;
        LockoutEnd = null;
        FailedSignInCount = 0;
        RecordChange(null, Id, "Account unlocked", context, FieldChange.Between("Locked until", before, LockoutEnd));
    }

    /// <summary>Stops the person signing in and ends their current sign-ins.</summary>
    public void Disable(ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsDisabled)
        {
            return;
        }

        IsDisabled = true;
        SecurityStamp = NewSecurityStamp();
        RecordChange(null, Id, "Account disabled", context, FieldChange.Between("Disabled", false, true));
    }

    public void Enable(ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsDisabled)
        {
            return;
        }

        IsDisabled = false;
        FailedSignInCount = 0;
        LockoutEnd = null;
        RecordChange(null, Id, "Account enabled", context, FieldChange.Between("Disabled", true, false));
    }

    public void ChangeRole(Role role, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Enum.IsDefined(role))
        {
            throw new ArgumentOutOfRangeException(nameof(role), role, "Select a role");
        }

        if (role == Role)
        {
            return;
        }

        Role before = Role;
        Role = role;
        SecurityStamp = NewSecurityStamp();
        RecordChange(null, Id, "Role changed", context, FieldChange.Between("Role", before.DisplayName, Role.DisplayName));
    }

    public void ChangeDisplayName(string displayName, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string newName = CheckedDisplayName(displayName);
        if (newName == DisplayName)
        {
            return;
        }

        string before = DisplayName;
        DisplayName = newName;
        RecordChange(null, Id, "Display name changed", context, FieldChange.Between("Display name", before, DisplayName));
    }

    public void ChangeUserName(EmailAddress userName, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(context);
        if (userName == UserName)
        {
            return;
        }

        string before = UserName.Value;
        UserName = userName;
        SecurityStamp = NewSecurityStamp();
        RecordChange(null, Id, "User name changed", context, FieldChange.Between("User name", before, UserName.Value));
    }

    public void LinkWorker(Guid? workerId, ChangeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Guid? newWorkerId = CheckedWorkerId(workerId);
        if (newWorkerId == WorkerId)
        {
            return;
        }

        Guid? before = WorkerId;
        WorkerId = newWorkerId;
        RecordChange(null, Id, "Linked worker changed", context, FieldChange.Between("Worker", before, WorkerId));
    }

    private static string NewSecurityStamp() => Guid.NewGuid().ToString("N");

    private static string CheckedHash(string passwordHash)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        return passwordHash;
    }

    private static Guid? CheckedWorkerId(Guid? workerId) =>
        workerId == Guid.Empty ? throw new ArgumentException("A linked worker must be a real worker.", nameof(workerId)) : workerId;

    private static string CheckedDisplayName(string displayName)
    {
        string trimmed = displayName?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new ArgumentException("Enter the person's name as it should be shown", nameof(displayName));
        }

        return trimmed.Length <= MaxDisplayNameLength
            ? trimmed
            : throw new ArgumentException($"Display name must be {MaxDisplayNameLength} characters or fewer", nameof(displayName));
    }
}
