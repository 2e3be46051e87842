namespace Innominatus.Cli.Commands;

/// <summary>login, logout, whoami.</summary>
public static class AuthCommands
{
    public static IEnumerable<Command> Build(CliContext context)
    {
        yield return Login(context);
        yield return Logout(context);
        yield return WhoAmI(context);
    }

    private static Command Login(CliContext context)
    {
        var username = Cmd.Text("--username", "Username for the password login (prompted when left out).", "-u");
        var passwordStdin = Cmd.Flag("--password-stdin", "Read the password from standard input (for scripts).");
        var apiKey = Cmd.Text("--api-key", "Store this API key instead of logging in with a password (checked against the server first).");
        var sso = Cmd.Flag("--sso", "Single sign-on in the browser (authorization code + PKCE via the server's OpenID Connect provider).");
        var device = Cmd.Flag("--device", "With --sso: use the device-code flow (no local browser); the server must offer it.");
        var clientId = new Option<string>("--client-id") { Description = "OpenID Connect client of the CLI.", DefaultValueFactory = _ => OidcClient.DefaultClientId };
        var port = new Option<int>("--callback-port") { Description = "Port of the local login callback (http://127.0.0.1:PORT/callback).", DefaultValueFactory = _ => 8082 };
        var keyName = Cmd.Text("--name", "Name of the API key that login creates (default cli-HOST-TIMESTAMP).");
        var expiry = new Option<int>("--expiry-days") { Description = "Days until the created API key expires.", DefaultValueFactory = _ => 90 };
        var sessionOnly = Cmd.Flag("--session-only", "Keep the session or access token instead of creating an API key.");
        return Cmd.New("login", "Log in and store the credential in ~/.config/innominatus/credentials.json (mode 0600).",
                "innominatus-ctl login",
                "innominatus-ctl login --username alice --password-stdin < password.txt",
                "innominatus-ctl login --sso",
                "innominatus-ctl login --api-key inn_0123... --server https://idp.example.com")
            .With(username, passwordStdin, apiKey, sso, device, clientId, port, keyName, expiry, sessionOnly)
            .Runs(context, async (s, p, ct) =>
            {
                if (p.GetValue(apiKey) is { } key)
                {
                    return await StoreApiKeyAsync(s, key, ct);
                }
                var login = new LoginFlow(s, p.GetValue(keyName), p.GetValue(expiry), p.GetValue(sessionOnly));
                return p.GetValue(sso) || p.GetValue(device)
                    ? await login.SingleSignOnAsync(p.GetValue(clientId)!, p.GetValue(port), p.GetValue(device), ct)
                    : await login.PasswordAsync(p.GetValue(username), p.GetValue(passwordStdin), ct);
            });
    }

    private static async Task<int> StoreApiKeyAsync(Session s, string key, CancellationToken ct)
    {
        try
        {
            var profile = await s.Api.SendAsync(HttpMethod.Get, Routes.Profile, null, ct, bearer: key);
            s.Credentials.Put(s.Server, new Credential(Credential.ApiKey, key, profile?.StrOrNull("username")));
            s.Print.Line($"Logged in to {s.Server} as {profile?.Str("username")} (API key stored in {s.Credentials.Path})");
        }
        catch (ApiException e) when (e.Status == System.Net.HttpStatusCode.NotFound)
        {
            s.Credentials.Put(s.Server, new Credential(Credential.ApiKey, key));
            s.Print.Line($"API key stored for {s.Server} in {s.Credentials.Path} (the server has no /api/profile to check it against)");
        }
        return ExitCodes.Ok;
    }

    private static Command Logout(CliContext context) =>
        Cmd.New("logout", "End the stored session (or revoke the API key login created) and forget the credential.",
                "innominatus-ctl logout",
                "innominatus-ctl logout --server https://idp.example.com")
            .Runs(context, async (s, _, ct) =>
            {
                var stored = s.Credentials.Get(s.Server);
                if (stored is null)
                {
                    s.Print.Line($"Not logged in to {s.Server}.");
                }
                else
                {
                    await EndAsync(s, stored, ct);
                    s.Credentials.Remove(s.Server);
                    s.Print.Line($"Logged out of {s.Server}.");
                }
                if (s.Context.Environment(CredentialSource.ApiKeyVariable) is { Length: > 0 })
                {
                    s.Tell($"note: {CredentialSource.ApiKeyVariable} is still set and is used for every command.");
                }
                return ExitCodes.Ok;
            });

    /// <summary>Best effort: the credential is forgotten locally whatever the server says.</summary>
    private static async Task EndAsync(Session s, Credential stored, CancellationToken ct)
    {
        try
        {
            if (stored.Kind == Credential.Session)
            {
                await s.Api.SendAsync(HttpMethod.Post, Routes.Logout, null, ct, bearer: stored.Token);
            }
            else if (stored.Kind == Credential.ApiKey && stored.KeyName is { } name)
            {
                await s.Api.SendAsync(HttpMethod.Delete, $"{Routes.ProfileApiKeys}/{Uri.EscapeDataString(name)}", null, ct, bearer: stored.Token);
            }
        }
        catch (CliException e)
        {
            s.Tell($"note: the server did not end the credential ({e.Message}); it is forgotten here anyway.");
        }
    }

    private static Command WhoAmI(CliContext context) =>
        Cmd.New("whoami", "Show who the server thinks you are (GET /api/profile) and where the credential comes from.",
                "innominatus-ctl whoami",
                "innominatus-ctl whoami -o json")
            .Runs(context, async (s, _, ct) =>
            {
                if (s.Source.Peek() is null && s.Developer is null)
                {
                    throw new CliException($"not logged in to {s.Server}: run 'innominatus-ctl login' or set {CredentialSource.ApiKeyVariable}", ExitCodes.Unauthorised);
                }
                JsonElement profile;
                try
                {
                    profile = await s.Api.GetAsync(Routes.Profile, ct);
                }
                catch (ApiException e) when (e.Status == System.Net.HttpStatusCode.NotFound && s.Developer is { } dev)
                {
                    profile = JsonText.From(new { username = dev.User, team = dev.Team, roles = (dev.Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries), source = "development" });
                }
                s.Print.Data(profile, p => s.Print.Details(
                    ("Username", p.Str("username")),
                    ("Team", p.StrOrNull("team") ?? "(none)"),
                    ("Teams", p.StrOrNull("teams") is null ? null : p.List("teams")),
                    ("Roles", p.List("roles")),
                    ("Account", p.StrOrNull("source")),
                    ("Server", s.Server.ToString()),
                    ("Credential", Describe(s))));
                return ExitCodes.Ok;
            });

    private static string Describe(Session s)
    {
        var credential = s.Source.Peek();
        var parts = new List<string>();
        if (credential is not null)
        {
            parts.Add($"{credential.Kind} {credential.Masked} from {s.Source.Origin}" + (credential.ExpiresAt is { } at ? $", expires {Times.Stamp(at)}" : ""));
        }
        if (s.Developer is not null)
        {
            parts.Add($"development identity from {DevIdentity.Variable}");
        }
        return string.Join("; ", parts);
    }
}
