namespace Innominatus.Cli.Commands;

/// <summary>
/// demo-reset: deletes the demo-time and demo-nuke runs (with their steps, logs and outputs) from Innominatus' own
/// database, after a confirmation or --yes. The cluster is not touched: what demo-time installed stays installed
/// (demo-nuke removes it). Refused (exit 1) while a demo run is still going.
/// </summary>
public static class DemoResetCommand
{
    public static Command Build(CliContext context)
    {
        var yes = Cmd.Flag("--yes", "Do not ask: delete the demo runs from Innominatus' database.", "-y");
        return Cmd.New("demo-reset", "Forget the demo: delete every demo-time and demo-nuke run (steps, logs, outputs) from Innominatus' database; the cluster is not touched.",
                "innominatus-ctl demo-reset",
                "innominatus-ctl demo-reset --yes -o json")
            .With(yes)
            .Runs(context, async (s, p, ct) =>
            {
                if (!p.GetValue(yes))
                {
                    var answer = Prompt.Line(s.Context, "Delete every demo-time and demo-nuke run from Innominatus' database (the cluster is not touched)? Type 'yes' to go on: ");
                    if (answer != "yes")
                    {
                        throw new CliException("demo-reset not confirmed: nothing was deleted", ExitCodes.Usage);
                    }
                }
                var reset = await s.Api.PostAsync(Routes.DemoReset, new { confirm = true }, ct)
                    ?? throw new CliException("the server sent an empty answer to demo-reset");
                s.Print.Done(reset, $"demo-reset: deleted {reset.Get("runs").GetInt32()} demo runs ({reset.Get("steps").GetInt32()} steps, {reset.Get("logLines").GetInt32()} log lines).");
                return ExitCodes.Ok;
            });
    }
}
