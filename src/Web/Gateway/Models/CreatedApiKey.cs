namespace Innominatus.Web.Gateway.Models;

/// <summary>The only answer that ever holds the key.</summary>
public sealed record CreatedApiKey(string Key, string Name, string Username, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
