namespace Innominatus.IdentityService.Apis.Models;

public sealed record UserApiKeys(string Username, IReadOnlyList<ApiKeyView> ApiKeys);
