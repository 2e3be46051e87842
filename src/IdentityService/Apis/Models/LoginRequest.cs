namespace Innominatus.IdentityService.Apis.Models;

public sealed record LoginRequest(string? Username, string? Password);
