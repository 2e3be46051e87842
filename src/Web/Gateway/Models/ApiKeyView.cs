namespace Innominatus.Web.Gateway.Models;

/// <summary>An API key as listed: never the key itself, only its first characters.</summary>
public sealed record ApiKeyView(string Name, string MaskedKey, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt);
