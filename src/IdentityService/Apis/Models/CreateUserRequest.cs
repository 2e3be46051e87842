namespace Innominatus.IdentityService.Apis.Models;

public sealed record CreateUserRequest(string? Username, string? Password, string? Team, string? Role, string? Email);
