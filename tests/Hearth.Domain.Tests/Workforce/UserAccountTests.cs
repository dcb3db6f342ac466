using Hearth.Domain;
using Hearth.Domain.Audit;
using Hearth.Domain.Workforce;
using static Hearth.Domain.Tests.Workforce.WorkforceTestData;

namespace Hearth.Domain.Tests.Workforce;

public class UserAccountTests
{
    private static readonly DateTimeOffset SignInAt = new(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_UserName_IsLowerCaseAndMustChangePassword()
    {
        var account = UserAccount.Create(
            EmailAddress.Create("Sam.Patel@Example.gov.uk"),
            "Sam Patel",
            Role.TeamManager,
            null,
            "AQAAAAIAAYagAAAAE...",
            Context());

        account.UserName.Value.ShouldBe("sam.patel@example.gov.uk");
        account.MustChangePassword.ShouldBeTrue();
        account.IsDisabled.ShouldBeFalse();
        account.SecurityStamp.ShouldNotBeNullOrWhiteSpace();
        ChangeRecord record = account.PendingChanges.ShouldHaveSingleItem();
        record.Summary.ShouldBe("User account created");
        record.Fields.ShouldContain(new FieldChange("Role", null, "Team manager"));
        record.Fields.ShouldNotContain(f => f.After == "AQAAAAIAAYagAAAAE...");
    }

    [Fact]
    public void RecordFailedSignIn_FourTimes_NotLockedAndNothingRecorded()
    {
        UserAccount account = CreateAccount();

        for (int attempt = 0; attempt < 4; attempt++)
        {
            account.RecordFailedSignIn(SignInAt.AddSeconds(attempt));
        }

        account.IsLockedOut(SignInAt.AddSeconds(4)).ShouldBeFalse();
        account.FailedSignInCount.ShouldBe(4);
        account.CanSignIn(SignInAt.AddSeconds(4)).IsAllowed.ShouldBeTrue();
        account.PendingChanges.ShouldBeEmpty();
    }

    [Fact]
    public void RecordFailedSignIn_FifthTime_LocksForFifteenMinutesAndRecordsIt()
    {
        UserAccount account = CreateAccount();
        DateTimeOffset fifth = SignInAt.AddMinutes(2);

        for (int attempt = 0; attempt < 4; attempt++)
        {
            account.RecordFailedSignIn(SignInAt.AddSeconds(attempt));
        }

        account.RecordFailedSignIn(fifth);

        account.IsLockedOut(fifth).ShouldBeTrue();
        account.LockoutEnd.ShouldBe(new DateTimeOffset(2025, 3, 10, 8, 17, 0, TimeSpan.Zero));
        account.CanSignIn(fifth).Message.ShouldBe("Your account is locked because of too many failed sign-in attempts. Try again in 15 minutes.");
        ChangeRecord record = account.PendingChanges.ShouldHaveSingleItem();
        record.Summary.ShouldBe("Account locked");
        record.ActorId.ShouldBe(account.Id);
        record.Reason.ShouldBe("5 failed sign-in attempts in a row");
        record.Fields.ShouldBe([new FieldChange("Locked until", null, "2025-03-10T08:17:00.0000000+00:00")]);
    }

    [Fact]
    public void IsLockedOut_FifteenMinutesAfterLockout_Unlocked()
    {
        UserAccount account = CreateAccount();
        for (int attempt = 0; attempt < 5; attempt++)
        {
            account.RecordFailedSignIn(SignInAt);
        }

        account.IsLockedOut(SignInAt.AddMinutes(15).AddTicks(-1)).ShouldBeTrue();
        account.IsLockedOut(SignInAt.AddMinutes(15)).ShouldBeFalse();
    }

    [Fact]
    public void RecordSuccessfulSignIn_AfterLockoutEnds_SignsInAndResets()
    {
        UserAccount account = CreateAccount();
        for (int attempt = 0; attempt < 5; attempt++)
        {
            account.RecordFailedSignIn(SignInAt);
        }

        DateTimeOffset later = SignInAt.AddMinutes(16);
        account.RecordSuccessfulSignIn(later);

        account.LastSignedInAt.ShouldBe(later);
        account.LockoutEnd.ShouldBeNull();
        account.FailedSignInCount.ShouldBe(0);
    }

    [Fact]
    public void RecordSuccessfulSignIn_WhileLockedOut_Throws()
    {
        UserAccount account = CreateAccount();
        for (int attempt = 0; attempt < 5; attempt++)
        {
            account.RecordFailedSignIn(SignInAt);
        }

        Should.Throw<DomainRuleException>(() => account.RecordSuccessfulSignIn(SignInAt.AddMinutes(1)));
        account.LastSignedInAt.ShouldBeNull();
    }

    [Fact]
    public void RecordSuccessfulSignIn_AfterFourFailures_ResetsTheCount()
    {
        UserAccount account = CreateAccount();
        for (int attempt = 0; attempt < 4; attempt++)
        {
            account.RecordFailedSignIn(SignInAt);
        }

        account.RecordSuccessfulSignIn(SignInAt.AddMinutes(1));
        for (int attempt = 0; attempt < 4; attempt++)
        {
            account.RecordFailedSignIn(SignInAt.AddMinutes(2));
        }

        account.FailedSignInCount.ShouldBe(4);
        account.IsLockedOut(SignInAt.AddMinutes(2)).ShouldBeFalse();
    }

    [Fact]
    public void RecordFailedSignIn_WhileLockedOut_DoesNotExtendTheLockout()
    {
        UserAccount account = CreateAccount();
        for (int attempt = 0; attempt < 5; attempt++)
        {
            account.RecordFailedSignIn(SignInAt);
        }

        for (int attempt = 0; attempt < 5; attempt++)
        {
            account.RecordFailedSignIn(SignInAt.AddMinutes(10));
        }

        account.LockoutEnd.ShouldBe(SignInAt.AddMinutes(15));
        account.PendingChanges.Count.ShouldBe(1);
    }

    [Fact]
    public void RecordFailedSignIn_FiveMoreAfterLockoutEnds_LocksAgain()
    {
        UserAccount account = CreateAccount();
        for (int attempt = 0; attempt < 5; attempt++)
        {
            account.RecordFailedSignIn(SignInAt);
        }

        DateTimeOffset afterLockout = SignInAt.AddMinutes(20);
        for (int attempt = 0; attempt < 5; attempt++)
        {
            account.RecordFailedSignIn(afterLockout);
        }

        account.LockoutEnd.ShouldBe(afterLockout.AddMinutes(15));
        account.PendingChanges.Count.ShouldBe(2);
    }

    [Fact]
    public void Disable_ActiveAccount_RefusesSignInAndChangesSecurityStamp()
    {
        UserAccount account = CreateAccount();
        string stampBefore = account.SecurityStamp;

        account.Disable(Context("Left the authority"));

        account.IsDisabled.ShouldBeTrue();
        account.SecurityStamp.ShouldNotBe(stampBefore);
        account.CanSignIn(SignInAt).Message.ShouldBe("Your account has been disabled. Contact your system administrator.");
        Should.Throw<DomainRuleException>(() => account.RecordSuccessfulSignIn(SignInAt));
        ChangeRecord record = account.PendingChanges.ShouldHaveSingleItem();
        record.Summary.ShouldBe("Account disabled");
        record.Reason.ShouldBe("Left the authority");
        record.Fields.ShouldBe([new FieldChange("Disabled", "No", "Yes")]);
    }

    [Fact]
    public void Disable_AlreadyDisabled_RecordsNothingMore()
    {
        UserAccount account = CreateAccount();
        account.Disable(Context());

        account.Disable(Context());

        account.PendingChanges.Count.ShouldBe(1);
    }

    [Fact]
    public void Enable_DisabledAccount_AllowsSignIn()
    {
        UserAccount account = CreateAccount();
        account.Disable(Context());

        account.Enable(Context());

        account.IsDisabled.ShouldBeFalse();
        account.CanSignIn(SignInAt).IsAllowed.ShouldBeTrue();
        account.PendingChanges[^1].Fields.ShouldBe([new FieldChange("Disabled", "Yes", "No")]);
    }

    [Fact]
    public void ResetPassword_LockedAccount_UnlocksAndRequiresANewPassword()
    {
        UserAccount account = CreateAccount();
        account.ChangePassword("hash-2", Context());
        for (int attempt = 0; attempt < 5; attempt++)
        {
            account.RecordFailedSignIn(SignInAt);
        }

        account.TakePendingChanges();
        string stampBefore = account.SecurityStamp;

        account.ResetPassword("temporary-hash", Context("Forgotten password"));

        account.PasswordHash.ShouldBe("temporary-hash");
        account.MustChangePassword.ShouldBeTrue();
        account.IsLockedOut(SignInAt.AddMinutes(1)).ShouldBeFalse();
        account.SecurityStamp.ShouldNotBe(stampBefore);
        ChangeRecord record = account.PendingChanges.ShouldHaveSingleItem();
        record.Summary.ShouldBe("Password reset");
        record.Fields.ShouldContain(new FieldChange("Must change password", "No", "Yes"));
        record.Fields.ShouldNotContain(f => f.After == "temporary-hash" || f.Before == "hash-2");
    }

    [Fact]
    public void ChangePassword_AfterReset_ClearsMustChangePassword()
    {
        UserAccount account = CreateAccount();

        account.ChangePassword("new-hash", Context());

        account.PasswordHash.ShouldBe("new-hash");
        account.MustChangePassword.ShouldBeFalse();
        account.PendingChanges.ShouldHaveSingleItem().Fields.ShouldBe([new FieldChange("Must change password", "Yes", "No")]);
    }

    [Fact]
    public void ChangePassword_BlankHash_Throws()
    {
        UserAccount account = CreateAccount();

        Should.Throw<ArgumentException>(() => account.ChangePassword(" ", Context()));
    }

    [Fact]
    public void Unlock_LockedAccount_AllowsSignInAndRecordsIt()
    {
        UserAccount account = CreateAccount();
        for (int attempt = 0; attempt < 5; attempt++)
        {
            account.RecordFailedSignIn(SignInAt);
        }

        account.Unlock(Context());

        account.CanSignIn(SignInAt.AddMinutes(1)).IsAllowed.ShouldBeTrue();
        account.PendingChanges[^1].Summary.ShouldBe("Account unlocked");
    }

    [Fact]
    public void ChangeRole_NewRole_RecordsBeforeAndAfterAndEndsSignIns()
    {
        UserAccount account = CreateAccount(Role.SocialWorker);
        string stampBefore = account.SecurityStamp;

        account.ChangeRole(Role.TeamManager, Context());

        account.Role.ShouldBe(Role.TeamManager);
        account.SecurityStamp.ShouldNotBe(stampBefore);
        account.PendingChanges.ShouldHaveSingleItem().Fields.ShouldBe([new FieldChange("Role", "Social worker", "Team manager")]);
    }

    [Fact]
    public void LinkWorker_Worker_RecordsTheLink()
    {
        UserAccount account = CreateAccount();
        var workerId = Guid.CreateVersion7(Now);

        account.LinkWorker(workerId, Context());

        account.WorkerId.ShouldBe(workerId);
        account.PendingChanges.ShouldHaveSingleItem().Fields.ShouldBe([new FieldChange("Worker", null, workerId.ToString())]);
    }
}
