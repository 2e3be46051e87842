namespace Innominatus.Cli.Commands;

/// <summary>
/// Password and single sign-on logins. Like the Go CLI, a successful login creates an API key for this machine
/// (POST /api/profile/api-keys) and stores that, so the CLI keeps working after the session ends; with
/// --session-only, or when the server cannot create keys, the session or access token itself is stored.
/// </summary>
public sealed class LoginFlow(Session s, string? keyName, int expiryDays, bool sessionOnly)
{
    public async Task<int> PasswordAsync(string? username, bool passwordFromStdin, CancellationToken ct)
    {
        username ??= Prompt.Line(s.Context, "Username: ");
        var password = passwordFromStdin ? s.Context.In.ReadLine() ?? "" : Prompt.Secret(s.Context, "Password: ");
        if (string.IsNullOrWhiteSpace(username) || password.Length == 0)
        {
            throw new CliException("a username and a password are needed", ExitCodes.Usage);
        }
        var answer = await s.Api.SendAsync(HttpMethod.Post, Routes.Login, ApiClient.JsonContent(new { username, password }), ct)
            ?? throw new CliException("the server sent an empty answer to the login");
        var session = new Credential(Credential.Session, answer.Str("token"), answer.Str("username"), answer.Time("expiresAt"));
        return await StoreAsync(session, ct);
    }

    public async Task<int> SingleSignOnAsync(string clientId, int port, bool device, CancellationToken ct)
    {
        var configuration = await s.Oidc.DiscoverAsync(ct);
        var useDevice = device || !Browser.IsAvailable(s.Context.Environment);
        if (useDevice && configuration.DeviceAuthorizationEndpoint is null)
        {
            throw new CliException(device
                ? $"{s.Server} offers no device-code login (no device_authorization_endpoint in its OpenID configuration); run 'login --sso' where a browser can open, or use 'login --api-key'"
                : $"no browser to open here, and {s.Server} offers no device-code login; run 'login --sso' on a machine with a browser, or use 'login --api-key'");
        }
        var token = useDevice
            ? await s.Oidc.DeviceLoginAsync(configuration, clientId, OidcClient.DefaultScope, ct)
            : await s.Oidc.BrowserLoginAsync(configuration, clientId, OidcClient.DefaultScope, port, ct);
        var credential = new Credential(Credential.AccessToken, token.AccessToken, null, token.ExpiresAt,
            RefreshToken: token.RefreshToken, TokenEndpoint: configuration.TokenEndpoint.AbsoluteUri, ClientId: clientId);
        return await StoreAsync(credential, ct);
    }

    private async Task<int> StoreAsync(Credential token, CancellationToken ct)
    {
        var profile = await TryAsync(() => s.Api.SendAsync(HttpMethod.Get, Routes.Profile, null, ct, bearer: token.Token));
        var user = profile?.StrOrNull("username") ?? token.Username;
        var stored = token with { Username = user };
        if (!sessionOnly)
        {
            var name = keyName ?? $"cli-{Environment.MachineName.ToLowerInvariant()}-{s.Now:yyyyMMddHHmmss}";
            var created = await TryAsync(() => s.Api.SendAsync(HttpMethod.Post, Routes.ProfileApiKeys, ApiClient.JsonContent(new { name, expiryDays }), ct, bearer: token.Token));
            if (created?.StrOrNull("key") is { } key)
            {
                stored = new Credential(Credential.ApiKey, key, user, created.Value.Time("expiresAt"), KeyName: name);
            }
            else
            {
                s.Tell("note: the server did not create an API key; the session token is stored instead and expires with the session.");
            }
        }
        s.Credentials.Put(s.Server, stored);
        var team = profile?.StrOrNull("team");
        s.Print.Line($"Logged in to {s.Server} as {user ?? "(unknown)"}{(team is null ? "" : $" (team {team})")}; {Describe(stored)} stored in {s.Credentials.Path}");
        return ExitCodes.Ok;
    }

    private static string Describe(Credential c) => c.Kind switch
    {
        Credential.ApiKey => $"API key {c.KeyName}" + (c.ExpiresAt is { } at ? $" (expires {Times.Stamp(at)})" : ""),
        Credential.Session => "session token",
        _ => "access token",
    };

    /// <summary>Optional steps of a login: a server without the route (404, 405) is not an error.</summary>
    private static async Task<JsonElement?> TryAsync(Func<Task<JsonElement?>> call)
    {
        try
        {
            return await call();
        }
        catch (ApiException e) when (e.Status is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.MethodNotAllowed)
        {
            return null;
        }
    }
}
