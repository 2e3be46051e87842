namespace Innominatus.IdentityService.Apis.Models;

public sealed record UpdateUserRequest(string? Password, string? Team, string? Role, bool? Disabled, string? Email);
