namespace Innominatus.IdentityService.Apis.Models;

public sealed record CreateApiKeyRequest(string? Name, int? ExpiryDays);
