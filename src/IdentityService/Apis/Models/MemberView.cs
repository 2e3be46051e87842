namespace Innominatus.IdentityService.Apis.Models;

public sealed record MemberView(string Username, string Role);
