namespace Innominatus.Cli.Commands;

/// <summary>admin users list|show|create|update|delete (/api/admin/users).</summary>
public static class AdminUserCommands
{
    public static Command Build(CliContext context) =>
        Cmd.New("users", "User accounts.",
                "innominatus-ctl admin users list",
                "innominatus-ctl admin users create bob --team payments --password-stdin < pw.txt")
            .With(List(context), Show(context), Create(context), Update(context), Delete(context));

    private static Command List(CliContext context) =>
        Cmd.New("list", "List every user account.", "innominatus-ctl admin users list", "innominatus-ctl admin users list -o json")
            .Runs(context, async (s, _, ct) =>
            {
                var users = await s.Api.GetAsync(Routes.Users, ct);
                s.Print.Data(users, v =>
                {
                    var table = new TextTable("username", "role", "team", "teams", "source", "disabled", "last-login");
                    foreach (var u in v.Items())
                    {
                        table.Add(u.Str("username"), u.Str("role"), u.Str("team"), string.Join(",", u.Items("teams").Select(t => t.ValueKind == JsonValueKind.String ? t.GetString() : t.Str("team") is { Length: > 0 } team ? team : t.Str("name"))),
                            u.Str("source"), u.Bool("disabled") ? "yes" : "no", Times.Age(u.Time("lastLoginAt"), s.Now));
                    }
                    ApplicationCommands.Paged(s.Print, table, default, "users");
                });
                return ExitCodes.Ok;
            });

    private static Command Show(CliContext context)
    {
        var user = Cmd.Arg("USER", "The username.");
        return Cmd.New("show", "Show one user account.", "innominatus-ctl admin users show alice")
            .With(user)
            .Runs(context, async (s, p, ct) =>
            {
                var found = await s.Api.GetAsync(Routes.User(p.GetValue(user)!), ct);
                s.Print.Data(found, u => s.Print.Details(("Username", u.Str("username")), ("Role", u.Str("role")), ("Team", u.StrOrNull("team") ?? "(none)"),
                    ("Teams", JsonText.Format(u.Get("teams")).ReplaceLineEndings(" ")), ("Source", u.Str("source")), ("Disabled", u.Bool("disabled") ? "yes" : "no"),
                    ("Created", Times.Stamp(u.Time("createdAt"))), ("Last login", Times.Stamp(u.Time("lastLoginAt")))));
                return ExitCodes.Ok;
            });
    }

    private static Command Create(CliContext context)
    {
        var user = Cmd.Arg("USER", "The new username.");
        var team = Cmd.Text("--team", "Primary team.");
        var role = Cmd.Text("--role", "user (default) or admin.");
        var email = Cmd.Text("--email", "E-mail address.");
        var passwordStdin = Cmd.Flag("--password-stdin", "Read the password from standard input (otherwise prompted).");
        role.CompletionSources.Add("user", "admin");
        return Cmd.New("create", "Create a local user with a password (at least 12 characters).",
                "innominatus-ctl admin users create bob --team payments",
                "innominatus-ctl admin users create ops --role admin --password-stdin < pw.txt")
            .With(user, team, role, email, passwordStdin)
            .Runs(context, async (s, p, ct) =>
            {
                var password = p.GetValue(passwordStdin) ? s.Context.In.ReadLine() ?? "" : Prompt.Secret(s.Context, "Password: ");
                var created = await s.Api.PostAsync(Routes.Users, new { username = p.GetValue(user), password, team = p.GetValue(team), role = p.GetValue(role), email = p.GetValue(email) }, ct);
                s.Print.Done(created, $"User {p.GetValue(user)} created.");
                return ExitCodes.Ok;
            });
    }

    private static Command Update(CliContext context)
    {
        var user = Cmd.Arg("USER", "The username.");
        var team = Cmd.Text("--team", "New primary team.");
        var role = Cmd.Text("--role", "user or admin.");
        var email = Cmd.Text("--email", "New e-mail address.");
        var disable = Cmd.Flag("--disable", "Disable the account: its sessions and keys stop working.");
        var enable = Cmd.Flag("--enable", "Enable the account again.");
        var passwordStdin = Cmd.Flag("--password-stdin", "Set a new password read from standard input.");
        return Cmd.New("update", "Change a user's password, team, role, e-mail or disabled state.",
                "innominatus-ctl admin users update bob --role admin",
                "innominatus-ctl admin users update bob --disable")
            .With(user, team, role, email, disable, enable, passwordStdin)
            .Runs(context, async (s, p, ct) =>
            {
                if (p.GetValue(disable) && p.GetValue(enable))
                {
                    throw new CliException("--disable and --enable contradict each other", ExitCodes.Usage);
                }
                bool? disabled = p.GetValue(disable) ? true : p.GetValue(enable) ? false : null;
                var password = p.GetValue(passwordStdin) ? s.Context.In.ReadLine() : null;
                var updated = await s.Api.PutAsync(Routes.User(p.GetValue(user)!), new { password, team = p.GetValue(team), role = p.GetValue(role), disabled, email = p.GetValue(email) }, ct);
                s.Print.Done(updated, $"User {p.GetValue(user)} updated.");
                return ExitCodes.Ok;
            });
    }

    private static Command Delete(CliContext context)
    {
        var user = Cmd.Arg("USER", "The username.");
        return Cmd.New("delete", "Delete a user with their sessions, API keys and memberships.", "innominatus-ctl admin users delete bob")
            .With(user)
            .Runs(context, async (s, p, ct) =>
            {
                await s.Api.DeleteAsync(Routes.User(p.GetValue(user)!), ct);
                s.Print.Done(null, $"User {p.GetValue(user)} deleted.");
                return ExitCodes.Ok;
            });
    }
}
