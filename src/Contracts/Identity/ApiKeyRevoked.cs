namespace Innominatus.Contracts.Identity;

/// <summary>An API key stopped working. Gateways re-check keys every few seconds, so this is for reacting, not for enforcement.</summary>
public sealed record ApiKeyRevoked(Guid KeyId, string Username, string KeyName, string RevokedBy, DateTimeOffset RevokedAt);
