using Innominatus.IdentityService.Users;

namespace Innominatus.IdentityService.Login;

public sealed record LoginOutcome(User? User, string? SessionToken, DateTimeOffset ExpiresAt, bool LockedOut, TimeSpan RetryAfter);
