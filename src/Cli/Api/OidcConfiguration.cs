namespace Innominatus.Cli.Api;

/// <summary>The parts of the server's OpenID Connect discovery document the CLI uses.</summary>
public sealed record OidcConfiguration(Uri AuthorizationEndpoint, Uri TokenEndpoint, Uri? DeviceAuthorizationEndpoint);
