using System.Net;

namespace Innominatus.Cli.Api;

/// <summary>
/// Single sign-on against the server's OpenID Connect provider (through the gateway): authorization code with PKCE
/// in the browser, the device-code flow when the server offers it, and refreshing access tokens.
/// </summary>
public sealed class OidcClient(HttpClient http, Action<string> tell, Func<Uri, bool> openBrowser)
{
    public const string DefaultClientId = "innominatus-cli";
    public const string DefaultScope = "openid profile roles";

    public async Task<OidcConfiguration> DiscoverAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(Routes.OpenIdConfiguration, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new CliException($"{http.BaseAddress} offers no single sign-on: GET /{Routes.OpenIdConfiguration} answered {(int)response.StatusCode}; log in with a password or --api-key");
        }
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement;
        var authorize = document.StrOrNull("authorization_endpoint");
        var token = document.StrOrNull("token_endpoint");
        if (authorize is null || token is null)
        {
            throw new CliException($"the OpenID configuration of {http.BaseAddress} has no authorization or token endpoint");
        }
        var device = document.StrOrNull("device_authorization_endpoint");
        return new OidcConfiguration(new Uri(authorize), new Uri(token), device is null ? null : new Uri(device));
    }

    public async Task<TokenResponse> BrowserLoginAsync(OidcConfiguration configuration, string clientId, string scope, int port, CancellationToken cancellationToken)
    {
        var verifier = Pkce.NewSecret();
        var state = Pkce.NewSecret();
        using var callback = LoopbackCallback.Start(port);
        var url = new Uri(Routes.WithQuery(configuration.AuthorizationEndpoint.AbsoluteUri,
            ("client_id", clientId), ("response_type", "code"), ("scope", scope), ("redirect_uri", callback.RedirectUri),
            ("state", state), ("code_challenge", Pkce.Challenge(verifier)), ("code_challenge_method", "S256")));
        tell(openBrowser(url) ? $"Opened the browser to log in. If it did not open, visit: {url}" : $"Open this address in a browser to log in: {url}");
        var answer = await callback.WaitAsync(TimeSpan.FromMinutes(5), cancellationToken);
        if (answer["error"] is { } error)
        {
            throw new CliException($"single sign-on failed: {error}{(answer["error_description"] is { } d ? ": " + d : "")}", ExitCodes.Unauthorised);
        }
        if (answer["state"] != state || answer["code"] is not { } code)
        {
            throw new CliException("single sign-on failed: the browser came back without the expected state and code", ExitCodes.Unauthorised);
        }
        return await TokenAsync(configuration.TokenEndpoint, cancellationToken,
            ("grant_type", "authorization_code"), ("client_id", clientId), ("code", code), ("redirect_uri", callback.RedirectUri), ("code_verifier", verifier))
            ?? throw new CliException("single sign-on failed: the token endpoint refused the code", ExitCodes.Unauthorised);
    }

    public async Task<TokenResponse> DeviceLoginAsync(OidcConfiguration configuration, string clientId, string scope, CancellationToken cancellationToken)
    {
        var endpoint = configuration.DeviceAuthorizationEndpoint
            ?? throw new CliException($"{http.BaseAddress} offers no device-code login (its OpenID configuration has no device_authorization_endpoint); run 'login --sso' where a browser can open, or use 'login --api-key'");
        using var started = await http.PostAsync(endpoint, Form(("client_id", clientId), ("scope", scope)), cancellationToken);
        var device = JsonDocument.Parse(await started.Content.ReadAsStringAsync(cancellationToken)).RootElement;
        if (!started.IsSuccessStatusCode)
        {
            throw new CliException($"the device-code login was refused: {device.Str("error")} {device.Str("error_description")}".Trim(), ExitCodes.Unauthorised);
        }
        tell($"To log in, open {device.Str("verification_uri")} and enter the code {device.Str("user_code")}"
            + (device.StrOrNull("verification_uri_complete") is { } complete ? $" (or open {complete})" : ""));
        var interval = TimeSpan.FromSeconds(device.Get("interval").ValueKind == JsonValueKind.Number ? device.Get("interval").GetInt32() : 5);
        var deadline = DateTimeOffset.UtcNow.AddSeconds(device.Get("expires_in").ValueKind == JsonValueKind.Number ? device.Get("expires_in").GetInt32() : 600);
        while (DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(interval, cancellationToken);
            try
            {
                if (await TokenAsync(configuration.TokenEndpoint, cancellationToken,
                    ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"), ("device_code", device.Str("device_code")), ("client_id", clientId)) is { } token)
                {
                    return token;
                }
            }
            catch (TokenError e) when (e.Code is "authorization_pending" or "slow_down")
            {
                interval += e.Code == "slow_down" ? TimeSpan.FromSeconds(5) : TimeSpan.Zero;
            }
        }
        throw new CliException("the device code expired before the login was confirmed", ExitCodes.Unauthorised);
    }

    public async Task<Credential?> RefreshAsync(Credential credential, CancellationToken cancellationToken)
    {
        try
        {
            var token = await TokenAsync(new Uri(credential.TokenEndpoint!), cancellationToken,
                ("grant_type", "refresh_token"), ("refresh_token", credential.RefreshToken!), ("client_id", credential.ClientId!));
            return token is null ? null : credential with { Token = token.AccessToken, RefreshToken = token.RefreshToken ?? credential.RefreshToken, ExpiresAt = token.ExpiresAt };
        }
        catch (TokenError)
        {
            return null;
        }
    }

    private async Task<TokenResponse?> TokenAsync(Uri endpoint, CancellationToken cancellationToken, params (string, string)[] form)
    {
        using var response = await http.PostAsync(endpoint, Form(form), cancellationToken);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement;
        if (response.StatusCode == HttpStatusCode.OK && body.StrOrNull("access_token") is { } access)
        {
            var expires = body.Get("expires_in").ValueKind == JsonValueKind.Number ? DateTimeOffset.UtcNow.AddSeconds(body.Get("expires_in").GetInt32()) : (DateTimeOffset?)null;
            return new TokenResponse(access, body.StrOrNull("refresh_token"), expires);
        }
        throw new TokenError(body.Str("error"), body.Str("error_description"));
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}
