namespace Innominatus.Cli.Commands;

/// <summary>resources list|show|retry.</summary>
public static class ResourceCommands
{
    public static Command Build(CliContext context)
    {
        var group = Cmd.New("resources", "Resource instances the platform provisioned for applications.",
                "innominatus-ctl resources list --application shop",
                "innominatus-ctl resources show 0193a0c4-...",
                "innominatus-ctl resource retry 0193a0c4-...")
            .With(List(context), Show(context), Retry(context));
        group.Aliases.Add("resource");
        return group;
    }

    private static Command List(CliContext context)
    {
        var application = Cmd.Text("--application", "Only this application's resources.", "-a");
        var type = Cmd.Text("--type", "Only resources of this type (postgres, redis, ...).");
        var provider = Cmd.Text("--provider", "Only resources of this provider.");
        var state = Cmd.Text("--state", "Only resources in this state: requested, provisioning, active, failed, deprovisioning, deleted.");
        state.CompletionSources.Add("requested", "provisioning", "active", "failed", "deprovisioning", "deleted");
        var limit = ApplicationCommands.Limit();
        return Cmd.New("list", "List the resources you can see.",
                "innominatus-ctl resources list",
                "innominatus-ctl resources list --type postgres --state failed -o json")
            .With(application, type, provider, state, limit)
            .Runs(context, async (s, p, ct) =>
            {
                var page = await s.Api.GetAsync(Routes.WithQuery(Routes.Resources, ("application", p.GetValue(application)), ("type", p.GetValue(type)),
                    ("provider", p.GetValue(provider)), ("state", p.GetValue(state)), ("pageSize", p.GetValue(limit).ToString(System.Globalization.CultureInfo.InvariantCulture))), ct);
                s.Print.Data(page, v => Table(s.Print, v.Items("items"), withApplication: true, page: v));
                return ExitCodes.Ok;
            });
    }

    public static void Table(Printer print, IEnumerable<JsonElement> resources, bool withApplication, JsonElement? page = null)
    {
        var table = withApplication ? new TextTable("id", "application", "name", "type", "provider", "state", "revision") : new TextTable("resource", "type", "provider", "state", "revision", "id");
        foreach (var r in resources)
        {
            if (withApplication)
            {
                table.Add(r.Str("id"), r.Str("application"), r.Str("name"), r.Str("type"), r.Str("provider"), Cell.State(r.Str("state")), r.Str("revision"));
            }
            else
            {
                table.Add(r.Str("name"), r.Str("type"), r.Str("provider"), Cell.State(r.Str("state")), r.Str("revision"), r.Str("id"));
            }
        }
        ApplicationCommands.Paged(print, table, page ?? default, "resources");
    }

    private static Command Show(CliContext context)
    {
        var id = Cmd.Id("The resource's id (see 'resources list').");
        return Cmd.New("show", "Show a resource: parameters, outputs (never a secret value) and its state history.",
                "innominatus-ctl resources show 0193a0c4-...",
                "innominatus-ctl resources show 0193a0c4-... -o json")
            .With(id)
            .Runs(context, async (s, p, ct) =>
            {
                var resource = await s.Api.GetAsync(Routes.Resource(p.GetValue(id)), ct);
                s.Print.Data(resource, r =>
                {
                    s.Print.Details(("Resource", r.Str("name")), ("Id", r.Str("id")), ("Application", r.Str("application")), ("Team", r.Str("team")),
                        ("Type", r.Str("type") + (r.StrOrNull("class") is { } c ? $" (class {c})" : "")), ("Shared id", r.StrOrNull("sharedId")),
                        ("Provider", r.Str("provider")), ("State", s.Print.Paint(r.Str("state"), Ansi.ForState(r.Str("state")))),
                        ("Revision", r.Str("revision")), ("Parameters", Compact(r.Get("parameters"))), ("Outputs", Compact(r.Get("outputs"))));
                    s.Print.Line();
                    var history = new TextTable("at", "from", "to", "reason", "actor");
                    foreach (var t in r.Items("transitions"))
                    {
                        history.Add(Times.Stamp(t.Time("at")), t.Str("from"), Cell.State(t.Str("to")), t.Str("reason"), t.Str("actor"));
                    }
                    s.Print.Table(history);
                });
                return ExitCodes.Ok;
            });
    }

    private static Command Retry(CliContext context)
    {
        var id = Cmd.Id("The resource's id (see 'resources list --state requested').");
        return Cmd.New("retry", "Start a resource's workflow again: one stuck in requested (or deprovisioning) with no run, or failed.",
                "innominatus-ctl resource retry 0193a0c4-...")
            .With(id)
            .Runs(context, async (s, p, ct) =>
            {
                var resource = await s.Api.PostAsync($"{Routes.Resource(p.GetValue(id))}/retry", null, ct);
                s.Print.Done(resource, $"Retried resource {resource?.Str("name")}: its workflow is requested again ({resource?.Str("state")}).");
                return ExitCodes.Ok;
            });
    }

    private static string? Compact(JsonElement value) => value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? null : value.GetRawText();
}
