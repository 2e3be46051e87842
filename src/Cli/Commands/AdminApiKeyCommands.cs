namespace Innominatus.Cli.Commands;

/// <summary>admin api-keys list|create|revoke (/api/admin/users/{user}/api-keys).</summary>
public static class AdminApiKeyCommands
{
    public static Command Build(CliContext context) =>
        Cmd.New("api-keys", "Users' API keys: the key itself is shown once, when created.",
                "innominatus-ctl admin api-keys list alice",
                "innominatus-ctl admin api-keys create ci-bot --name pipeline --expiry-days 30")
            .With(List(context), Create(context), Revoke(context));

    private static Command List(CliContext context)
    {
        var user = Cmd.Arg("USER", "Whose keys.");
        return Cmd.New("list", "List a user's API keys (masked).", "innominatus-ctl admin api-keys list alice")
            .With(user)
            .Runs(context, async (s, p, ct) =>
            {
                var keys = await s.Api.GetAsync(Routes.UserApiKeys(p.GetValue(user)!), ct);
                s.Print.Data(keys, v =>
                {
                    var table = new TextTable("name", "key", "created", "expires", "last-used");
                    foreach (var k in v.Items("apiKeys"))
                    {
                        var expired = k.Time("expiresAt") < s.Now;
                        table.Add(k.Str("name"), k.Str("maskedKey"), Times.Stamp(k.Time("createdAt")), new Cell(Times.Stamp(k.Time("expiresAt")), expired ? Ansi.Red : null),
                            Times.Age(k.Time("lastUsedAt"), s.Now));
                    }
                    ApplicationCommands.Paged(s.Print, table, default, "API keys");
                });
                return ExitCodes.Ok;
            });
    }

    private static Command Create(CliContext context)
    {
        var user = Cmd.Arg("USER", "For whom.");
        var name = new Option<string>("--name") { Description = "The key's name, unique per user.", Required = true };
        var expiry = new Option<int>("--expiry-days") { Description = "Days until it expires.", DefaultValueFactory = _ => 90 };
        return Cmd.New("create", "Create an API key for a user; it is printed once and never again.",
                "innominatus-ctl admin api-keys create ci-bot --name pipeline",
                "innominatus-ctl admin api-keys create ci-bot --name pipeline -o json | jq -r .key")
            .With(user, name, expiry)
            .Runs(context, async (s, p, ct) =>
            {
                var created = await s.Api.PostAsync(Routes.UserApiKeys(p.GetValue(user)!), new { name = p.GetValue(name), expiryDays = p.GetValue(expiry) }, ct);
                if (s.Print.IsTable && created is { } key)
                {
                    s.Print.Line($"API key {key.Str("name")} for {key.Str("username")}, expires {Times.Stamp(key.Time("expiresAt"))}. It is shown only now:");
                    s.Print.Line(key.Str("key"));
                    s.Tell($"Use it with: export {CredentialSource.ApiKeyVariable}={key.Str("key")}");
                }
                else
                {
                    s.Print.Done(created, "API key created.");
                }
                return ExitCodes.Ok;
            });
    }

    private static Command Revoke(CliContext context)
    {
        var user = Cmd.Arg("USER", "Whose key.");
        var name = Cmd.Arg("NAME", "The key's name.");
        return Cmd.New("revoke", "Revoke a user's API key; gateways refuse it within seconds.", "innominatus-ctl admin api-keys revoke ci-bot pipeline")
            .With(user, name)
            .Runs(context, async (s, p, ct) =>
            {
                await s.Api.DeleteAsync($"{Routes.UserApiKeys(p.GetValue(user)!)}/{Uri.EscapeDataString(p.GetValue(name)!)}", ct);
                s.Print.Done(null, $"API key {p.GetValue(name)} of {p.GetValue(user)} revoked.");
                return ExitCodes.Ok;
            });
    }
}
