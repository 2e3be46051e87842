namespace Innominatus.Cli.Api;

public sealed record TokenResponse(string AccessToken, string? RefreshToken, DateTimeOffset? ExpiresAt);
