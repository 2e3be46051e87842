namespace Innominatus.IdentityService.Apis.Models;

/// <summary>The gateway asks whether an opaque credential (API key or session token) is valid.</summary>
public sealed record CredentialCheckRequest(string? Credential);
