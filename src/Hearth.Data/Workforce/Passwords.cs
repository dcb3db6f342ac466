using System.Security.Cryptography;
using Hearth.Domain.Workforce;
using Microsoft.AspNetCore.Identity;

namespace Hearth.Data.Workforce;

/// <summary>
/// Password hashing with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2), and the rules a
/// new password must meet. Following NCSC password guidance: length over complexity, no forced character
/// classes, and a refusal of passwords that are common or easily guessed from the account.
/// </summary>
public static class Passwords
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 128;

    private static readonly PasswordHasher<UserAccount> Hasher = new();

    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "password1234", "passwordpassword", "123456789012", "qwertyuiopas", "letmein12345", "welcome12345",
        "changeme1234", "administrator", "iloveyou1234", "password123!", "Password1234", "hearthhearth",
    };

    public static string Hash(UserAccount account, string password) => Hasher.HashPassword(account, password);

    /// <summary>True when the password matches; <paramref name="rehashed"/> is set when the hash should be upgraded.</summary>
    public static bool Verify(UserAccount account, string password, out string? rehashed)
    {
        ArgumentNullException.ThrowIfNull(account);
        rehashed = null;
        var result = Hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            rehashed = Hasher.HashPassword(account, password);
        }

        return result != PasswordVerificationResult.Failed;
    }

    /// <summary>Why a proposed password cannot be used, in words for the person choosing it; null when it can.</summary>
    public static string? Problem(string? password, string userName)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "Enter a password";
        }

        if (password.Length < MinimumLength)
        {
            return $"Password must be {MinimumLength} characters or more";
        }

        if (password.Length > MaximumLength)
        {
            return $"Password must be {MaximumLength} characters or fewer";
        }

        var localPart = userName.Split('@')[0];
        if (Common.Contains(password) || password.Distinct().Count() < 4 ||
            (localPart.Length >= 4 && password.Contains(localPart, StringComparison.OrdinalIgnoreCase)))
        {
            return "Password is too easy to guess: try three random words together";
        }

        return null;
    }

    /// <summary>A temporary password for a new or reset account: four random words' worth of entropy, easy to type.</summary>
    public static string NewTemporary()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var groups = Enumerable.Range(0, 4)
            .Select(_ => new string(Enumerable.Range(0, 4).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray()));
        return string.Join('-', groups);
    }
}
