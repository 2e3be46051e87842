namespace Innominatus.Cli.Commands;

/// <summary>admin users|teams|api-keys|audit: the IdentityService's administration routes.</summary>
public static class AdminCommands
{
    public static Command Build(CliContext context) =>
        Cmd.New("admin", "Administration (admin role): users, teams, API keys and the audit log.",
                "innominatus-ctl admin users list",
                "innominatus-ctl admin api-keys create alice --name ci",
                "innominatus-ctl admin audit --actor alice --since 24h")
            .With(AdminUserCommands.Build(context), AdminTeamCommands.Build(context), AdminApiKeyCommands.Build(context), Audit(context));

    private static Command Audit(CliContext context)
    {
        var actor = Cmd.Text("--actor", "Only entries by this user.");
        var action = Cmd.Text("--action", "Only actions starting with this (login, api-key, user.create, ...).");
        var target = Cmd.Text("--target", "Only entries about this target.");
        var outcome = Cmd.Text("--outcome", "Only this outcome (success, failure, ...).");
        var since = Cmd.Text("--since", "From then on: a duration back from now (30m, 24h, 7d) or a timestamp.");
        var until = Cmd.Text("--until", "Before then: a duration back from now or a timestamp.");
        var limit = new Option<int>("--limit") { Description = "At most this many entries (1-500).", DefaultValueFactory = _ => 50 };
        return Cmd.New("audit", "Logins, key and account changes and admin actions, newest first.",
                "innominatus-ctl admin audit",
                "innominatus-ctl admin audit --action login --outcome failure --since 1h -o json")
            .With(actor, action, target, outcome, since, until, limit)
            .Runs(context, async (s, p, ct) =>
            {
                var page = await s.Api.GetAsync(Routes.WithQuery(Routes.Audit, ("actor", p.GetValue(actor)), ("action", p.GetValue(action)), ("target", p.GetValue(target)),
                    ("outcome", p.GetValue(outcome)), ("from", When(s, p.GetValue(since), "--since")), ("to", When(s, p.GetValue(until), "--until")),
                    ("pageSize", p.GetValue(limit).ToString(System.Globalization.CultureInfo.InvariantCulture))), ct);
                s.Print.Data(page, v =>
                {
                    var table = new TextTable("at", "actor", "action", "target", "outcome", "client", "detail");
                    foreach (var e in v.Items("items"))
                    {
                        table.Add(Times.Stamp(e.Time("at")), e.Str("actor"), e.Str("action"), e.Str("target"), Cell.State(e.Str("outcome") == "success" ? "ok" : e.Str("outcome")),
                            e.Str("clientAddress"), e.Str("detail"));
                    }
                    ApplicationCommands.Paged(s.Print, table, v, "audit entries");
                });
                return ExitCodes.Ok;
            });
    }

    private static string? When(Session s, string? text, string option) => text is null ? null
        : (Times.ParseSince(text, s.Now) ?? throw new CliException($"{option} '{text}' is neither a duration (30m, 2h, 7d) nor a timestamp", ExitCodes.Usage)).ToString("O");
}
