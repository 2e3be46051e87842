namespace Innominatus.IdentityService.Apis.Models;

/// <summary>The only response that ever contains the key.</summary>
public sealed record CreatedApiKey(string Key, string Name, string Username, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
