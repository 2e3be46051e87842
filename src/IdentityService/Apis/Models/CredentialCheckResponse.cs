namespace Innominatus.IdentityService.Apis.Models;

public sealed record CredentialCheckResponse(string UserId, string Username, string? Team, IReadOnlyList<string> Teams, IReadOnlyList<string> Roles, string Kind);
