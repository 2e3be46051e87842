namespace Innominatus.IdentityService.Apis.Models;

public sealed record ProfileResponse(string Username, string? Email, string? Team, IReadOnlyList<string> Teams, IReadOnlyList<string> Roles, bool IsAdmin, string Source);
