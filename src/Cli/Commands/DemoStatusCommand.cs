namespace Innominatus.Cli.Commands;

/// <summary>
/// demo-status: each component's state, the health check run just now (ready, latency), its URL and where its
/// credentials are, then how to sign in to Innominatus with the demo's Keycloak (<see cref="DemoSingleSignOnPrinter"/>). <c>--watch</c> asks again every <c>--interval</c> and prints the status whenever a state or a
/// readiness changed, until every component that is installed is ready (exit 0) or <c>--timeout</c> passes (exit 1).
/// </summary>
public static class DemoStatusCommand
{
    public static Command Build(CliContext context)
    {
        var watch = Cmd.Flag("--watch", "Ask again until every installed component is ready (exit 0) or --timeout passes (exit 1), printing each change.", "-w");
        var interval = new Option<string>("--interval")
        {
            Description = "With --watch: how long between two asks (2s, 1m).",
            DefaultValueFactory = _ => "5s",
            Validators = { r => { if (Times.ParseDuration(r.GetValueOrDefault<string>() ?? "") is null) { r.AddError("--interval must be a duration such as 2s or 1m"); } } },
        };
        var timeout = DeployCommand.TimeoutOption();
        return Cmd.New("demo-status", "Show each demo component's state, whether its health check passes now (and how fast), its URL and where its credentials are.",
                "innominatus-ctl demo-status",
                "innominatus-ctl demo-status --watch --timeout 15m",
                "innominatus-ctl demo-status -o json")
            .With(watch, interval, timeout)
            .Runs(context, async (s, p, ct) =>
            {
                if (!p.GetValue(watch))
                {
                    Print(s, await s.Api.GetAsync(Routes.DemoStatus, ct));
                    return ExitCodes.Ok;
                }
                var every = Times.ParseDuration(p.GetValue(interval) ?? "5s") ?? TimeSpan.FromSeconds(5);
                var deadline = DateTimeOffset.UtcNow + DeployCommand.ParseTimeout(p.GetValue(timeout));
                string? last = null;
                while (true)
                {
                    var status = await s.Api.GetAsync(Routes.DemoStatus, ct);
                    var now = Summary(status);
                    if (now != last)
                    {
                        Print(s, status);
                        last = now;
                    }
                    if (AllReady(status))
                    {
                        s.Print.Note("Every installed demo component is ready.");
                        return ExitCodes.Ok;
                    }
                    if (DateTimeOffset.UtcNow > deadline)
                    {
                        throw new CliException($"timed out: not ready: {string.Join(", ", NotReady(status))}");
                    }
                    await Task.Delay(every, ct);
                }
            });
    }

    private static void Print(Session s, JsonElement status) => s.Print.Data(status, v =>
    {
        var table = new TextTable("component", "state", "ready", "latency", "url", "health check", "credentials");
        foreach (var c in v.Items("components"))
        {
            var credentials = c.Get("credentials");
            var health = c.Get("health");
            var checkedNow = health.ValueKind == JsonValueKind.Object;
            table.Add(c.Str("name"), c.Str("state"),
                checkedNow ? (health.Bool("ready") ? "yes" : $"no: {health.Str("detail")}") : "",
                checkedNow && health.Get("latencyMs").ValueKind == JsonValueKind.Number ? $"{health.Get("latencyMs").GetInt64()} ms" : "",
                c.Str("url"), c.Str("healthCheck"),
                credentials.ValueKind == JsonValueKind.Object ? $"{credentials.Str("namespace")}/{credentials.Str("secret")} ({credentials.List("keys")})" : "");
        }
        s.Print.Table(table);
        foreach (var c in v.Items("components").Where(c => c.StrOrNull("error") is not null))
        {
            s.Print.Line($"{c.Str("name")}: {c.Str("error")}");
        }
        DemoSingleSignOnPrinter.Print(s, v);
    });

    /// <summary>What --watch compares: states and readiness, not the latency, which changes every time.</summary>
    private static string Summary(JsonElement status) => string.Join(";", status.Items("components").Select(c =>
        $"{c.Str("name")}={c.Str("state")}/{(c.Get("health").ValueKind == JsonValueKind.Object ? c.Get("health").Bool("ready").ToString() : "-")}"));

    private static IEnumerable<string> NotReady(JsonElement status) =>
        status.Items("components").Where(c => c.Str("state") != "installed" && c.Str("state") is not ("not-installed" or "removed")
                || (c.Str("state") == "installed" && !(c.Get("health").ValueKind == JsonValueKind.Object && c.Get("health").Bool("ready"))))
            .Select(c => c.Str("name"));

    /// <summary>Something is installed, and all of it is ready; nothing is still being installed or removed.</summary>
    private static bool AllReady(JsonElement status) =>
        status.Items("components").Any(c => c.Str("state") == "installed") && !NotReady(status).Any();
}
