namespace Innominatus.Web.Gateway.Models;

/// <summary>A user's API keys as an admin lists them: never the keys themselves.</summary>
public sealed record UserApiKeys(string Username, IReadOnlyList<ApiKeyView> ApiKeys);
