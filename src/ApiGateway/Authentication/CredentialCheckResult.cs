namespace Innominatus.ApiGateway.Authentication;

/// <summary>The IdentityService's answer about an API key or session token (the same shape as its response).</summary>
public sealed record CredentialCheckResult(string UserId, string Username, string? Team, List<string> Teams, List<string> Roles, string Kind);
