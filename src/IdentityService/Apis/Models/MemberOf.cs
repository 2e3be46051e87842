namespace Innominatus.IdentityService.Apis.Models;

public sealed record MemberOf(string Team, string Role);
