using Innominatus.IdentityService.Users;
using Microsoft.AspNetCore.Identity;

namespace Innominatus.IdentityService.Login;

/// <summary>
/// ASP.NET Core Identity's PasswordHasher (v3: PBKDF2-HMAC-SHA512, 100,000 iterations, 128-bit salt). An unknown user
/// is checked against a dummy hash, so the answer takes as long as for a known one.
/// </summary>
public sealed class PasswordCheck
{
    public const int MinLength = 12;

    private readonly PasswordHasher<User> hasher = new();
    private readonly string dummyHash;

    public PasswordCheck() => dummyHash = hasher.HashPassword(new User { Username = "dummy" }, Guid.NewGuid().ToString());

    public string Hash(User user, string password) => hasher.HashPassword(user, password);

    public bool Verify(User? user, string password)
    {
        if (user?.PasswordHash is null || user.Disabled)
        {
            hasher.VerifyHashedPassword(new User { Username = "dummy" }, dummyHash, password);
            return false;
        }
        return hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;
    }

    public static string? Weakness(string? password) =>
        password is null || password.Length < MinLength ? $"The password needs at least {MinLength} characters." : null;
}
