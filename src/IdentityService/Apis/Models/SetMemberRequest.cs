namespace Innominatus.IdentityService.Apis.Models;

public sealed record SetMemberRequest(string? Role);
