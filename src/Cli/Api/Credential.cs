namespace Innominatus.Cli.Api;

/// <summary>
/// What the CLI sends as <c>Authorization: Bearer</c>: an API key (from IDP_API_KEY or <c>login</c>), a session token
/// (<c>POST /api/login</c>) or an OpenID Connect access token (<c>login --sso</c>), with what is needed to refresh it.
/// </summary>
public sealed record Credential(
    string Kind,
    string Token,
    string? Username = null,
    DateTimeOffset? ExpiresAt = null,
    string? KeyName = null,
    string? RefreshToken = null,
    string? TokenEndpoint = null,
    string? ClientId = null)
{
    public const string ApiKey = "api-key";
    public const string Session = "session";
    public const string AccessToken = "access-token";

    /// <summary>Expired, or about to: refresh 30 s early so a request never leaves with a dying token.</summary>
    public bool IsExpired(DateTimeOffset now) => ExpiresAt is { } at && at - TimeSpan.FromSeconds(30) <= now;

    public bool CanRefresh => RefreshToken is not null && TokenEndpoint is not null && ClientId is not null;

    /// <summary>For display: the first characters only.</summary>
    public string Masked => Token.Length < 16 ? "****" : Token[..8] + "…";
}
