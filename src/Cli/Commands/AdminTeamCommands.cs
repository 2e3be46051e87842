namespace Innominatus.Cli.Commands;

/// <summary>admin teams list|show|create|delete|add-member|remove-member (/api/teams).</summary>
public static class AdminTeamCommands
{
    public static Command Build(CliContext context) =>
        Cmd.New("teams", "Teams and their members.",
                "innominatus-ctl admin teams list",
                "innominatus-ctl admin teams add-member payments bob --role team-admin")
            .With(List(context), Show(context), Create(context), Delete(context), AddMember(context), RemoveMember(context));

    private static Command List(CliContext context) =>
        Cmd.New("list", "List teams (yours; every team for admins).", "innominatus-ctl admin teams list")
            .Runs(context, async (s, _, ct) =>
            {
                var teams = await s.Api.GetAsync(Routes.Teams, ct);
                s.Print.Data(teams, v =>
                {
                    var table = new TextTable("name", "members", "created", "description");
                    foreach (var t in v.Items())
                    {
                        table.Add(t.Str("name"), t.Items("members").Count(), Times.Stamp(t.Time("createdAt")), t.Str("description"));
                    }
                    ApplicationCommands.Paged(s.Print, table, default, "teams");
                });
                return ExitCodes.Ok;
            });

    private static Command Show(CliContext context)
    {
        var team = Cmd.Arg("TEAM", "The team.");
        return Cmd.New("show", "Show a team with its members and their team roles.", "innominatus-ctl admin teams show payments")
            .With(team)
            .Runs(context, async (s, p, ct) =>
            {
                var found = await s.Api.GetAsync(Routes.Team(p.GetValue(team)!), ct);
                s.Print.Data(found, t =>
                {
                    s.Print.Details(("Team", t.Str("name")), ("Description", t.StrOrNull("description")), ("Created", Times.Stamp(t.Time("createdAt"))));
                    s.Print.Line();
                    var members = new TextTable("member", "role");
                    foreach (var m in t.Items("members"))
                    {
                        members.Add(m.Str("username"), m.Str("role"));
                    }
                    ApplicationCommands.Paged(s.Print, members, default, "members");
                });
                return ExitCodes.Ok;
            });
    }

    private static Command Create(CliContext context)
    {
        var team = Cmd.Arg("TEAM", "The new team's name.");
        var description = Cmd.Text("--description", "What the team does.");
        return Cmd.New("create", "Create a team (admin).", "innominatus-ctl admin teams create payments --description \"Payments platform\"")
            .With(team, description)
            .Runs(context, async (s, p, ct) =>
            {
                var created = await s.Api.PostAsync(Routes.Teams, new { name = p.GetValue(team), description = p.GetValue(description) }, ct);
                s.Print.Done(created, $"Team {p.GetValue(team)} created.");
                return ExitCodes.Ok;
            });
    }

    private static Command Delete(CliContext context)
    {
        var team = Cmd.Arg("TEAM", "The team.");
        return Cmd.New("delete", "Delete a team and its memberships (admin).", "innominatus-ctl admin teams delete payments")
            .With(team)
            .Runs(context, async (s, p, ct) =>
            {
                await s.Api.DeleteAsync(Routes.Team(p.GetValue(team)!), ct);
                s.Print.Done(null, $"Team {p.GetValue(team)} deleted.");
                return ExitCodes.Ok;
            });
    }

    private static Command AddMember(CliContext context)
    {
        var team = Cmd.Arg("TEAM", "The team.");
        var user = Cmd.Arg("USER", "The user to add.");
        var role = new Option<string>("--role") { Description = "member or team-admin.", DefaultValueFactory = _ => "member" };
        role.CompletionSources.Add("member", "team-admin");
        return Cmd.New("add-member", "Add a member to a team, or change their team role.", "innominatus-ctl admin teams add-member payments bob --role team-admin")
            .With(team, user, role)
            .Runs(context, async (s, p, ct) =>
            {
                var member = await s.Api.PutAsync($"{Routes.Team(p.GetValue(team)!)}/members/{Uri.EscapeDataString(p.GetValue(user)!)}", new { role = p.GetValue(role) }, ct);
                s.Print.Done(member, $"{p.GetValue(user)} is {p.GetValue(role)} of {p.GetValue(team)}.");
                return ExitCodes.Ok;
            });
    }

    private static Command RemoveMember(CliContext context)
    {
        var team = Cmd.Arg("TEAM", "The team.");
        var user = Cmd.Arg("USER", "The member to remove.");
        return Cmd.New("remove-member", "Remove a member from a team.", "innominatus-ctl admin teams remove-member payments bob")
            .With(team, user)
            .Runs(context, async (s, p, ct) =>
            {
                await s.Api.DeleteAsync($"{Routes.Team(p.GetValue(team)!)}/members/{Uri.EscapeDataString(p.GetValue(user)!)}", ct);
                s.Print.Done(null, $"{p.GetValue(user)} removed from {p.GetValue(team)}.");
                return ExitCodes.Ok;
            });
    }
}
