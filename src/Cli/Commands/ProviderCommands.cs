namespace Innominatus.Cli.Commands;

/// <summary>providers list|show|reload.</summary>
public static class ProviderCommands
{
    public static Command Build(CliContext context)
    {
        var group = Cmd.New("providers", "Platform teams' providers and the resource types they offer.",
                "innominatus-ctl providers list",
                "innominatus-ctl providers show database-team")
            .With(List(context), Show(context), Reload(context));
        group.Aliases.Add("provider");
        return group;
    }

    private static Command List(CliContext context) =>
        Cmd.New("list", "List the loaded providers with their resource types and aliases.",
                "innominatus-ctl providers list",
                "innominatus-ctl providers list -o yaml")
            .Runs(context, async (s, _, ct) =>
            {
                var providers = await s.Api.GetAsync(Routes.Providers, ct);
                s.Print.Data(providers, v =>
                {
                    var table = new TextTable("name", "team", "version", "resource-types", "description");
                    foreach (var p in v.Items())
                    {
                        table.Add(p.Str("name"), p.Str("team"), p.Str("version"),
                            string.Join(",", p.Items("resourceTypes").Select(t => t.Str("type") + (t.Items("aliases").Any() ? $"({t.List("aliases")})" : ""))), p.Str("description"));
                    }
                    ApplicationCommands.Paged(s.Print, table, default, "providers");
                });
                return ExitCodes.Ok;
            });

    private static Command Show(CliContext context)
    {
        var name = Cmd.Arg("NAME", "The provider.");
        return Cmd.New("show", "Show a provider: per resource type its workflows per operation, parameters and outputs.",
                "innominatus-ctl providers show database-team")
            .With(name)
            .Runs(context, async (s, p, ct) =>
            {
                var provider = await s.Api.GetAsync(Routes.Provider(p.GetValue(name)!), ct);
                s.Print.Data(provider, v =>
                {
                    s.Print.Details(("Provider", v.Str("name")), ("Team", v.Str("team")), ("Version", v.Str("version")), ("Description", v.StrOrNull("description")), ("Source", v.StrOrNull("source")));
                    foreach (var type in v.Items("resourceTypes"))
                    {
                        s.Print.Line();
                        s.Print.Line(s.Print.Paint($"Resource type {type.Str("type")}", Ansi.Bold) + (type.Items("aliases").Any() ? $" (aliases {type.List("aliases")})" : "")
                            + (type.StrOrNull("description") is { } d ? $": {d}" : ""));
                        Nested(s.Print, type);
                    }
                });
                return ExitCodes.Ok;
            });
    }

    /// <summary>The rest of a resource type's detail, whatever its shape, as indented YAML.</summary>
    private static void Nested(Printer print, JsonElement type)
    {
        var rest = type.EnumerateObject().Where(p => p.Name is not ("type" or "aliases" or "description")).ToDictionary(p => p.Name, p => p.Value);
        foreach (var line in YamlText.Format(JsonText.From(rest)).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            print.Line("  " + line);
        }
    }

    private static Command Reload(CliContext context) =>
        Cmd.New("reload", "Reload every provider source (admin); on any error the providers loaded before stay in use.",
                "innominatus-ctl providers reload")
            .Runs(context, async (s, _, ct) =>
            {
                var result = await Spinner.WhileAsync(s.Context, "Reloading providers…", () => s.Api.PostAsync(Routes.ReloadProviders, null, ct));
                s.Print.Done(result, $"Providers reloaded: {string.Join(", ", result?.Items("providers").Select(p => p.ValueKind == JsonValueKind.String ? p.GetString() : p.Str("name")) ?? [])}.");
                return ExitCodes.Ok;
            });
}
