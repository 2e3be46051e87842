namespace Innominatus.Web.SignIn;

/// <summary>The identity service's answer to <c>POST /api/login</c>.</summary>
public sealed record LoginResult(string Token, string Username, string? Team, IReadOnlyList<string> Roles, DateTimeOffset ExpiresAt);
