namespace Innominatus.IdentityService.Apis.Models;

/// <summary>The token is a session token: send it as <c>Authorization: Bearer</c>, or rely on the <c>innominatus_session</c> cookie.</summary>
public sealed record LoginResponse(string Token, string TokenType, string Username, string? Team, IReadOnlyList<string> Teams, IReadOnlyList<string> Roles, DateTimeOffset ExpiresAt);
