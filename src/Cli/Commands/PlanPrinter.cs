namespace Innominatus.Cli.Commands;

/// <summary>Prints a plan (what a run would do) as the server sent it: steps by layer, each Kubernetes object's dry run.</summary>
public static class PlanPrinter
{
    /// <summary>The plan of one workflow; returns whether it would pass.</summary>
    public static bool Workflow(Printer print, JsonElement plan, string? heading = null)
    {
        if (heading is not null)
        {
            print.Line(heading);
        }
        foreach (var error in plan.Items("errors"))
        {
            print.Line($"  {print.Paint("error", Ansi.Red)}: {error.GetString()}");
        }
        var table = new TextTable("layer", "step", "type", "phase", "object", "result", "detail");
        foreach (var step in plan.Items("steps"))
        {
            var objects = step.Items("objects").ToList();
            if (objects.Count == 0)
            {
                table.Add(step.Str("layer"), step.Str("name"), step.Str("type"), step.Str("phase"), "", "", step.Str("note"));
            }
            foreach (var item in objects)
            {
                var result = item.Str("result");
                table.Add(step.Str("layer"), step.Str("name"), step.Str("type"), step.Str("phase"), item.Str("object"),
                    new Cell(result, result == "valid" ? Ansi.Green : Ansi.Red), item.Str("detail"));
            }
        }
        if (plan.Items("steps").Any())
        {
            print.Table(table);
        }
        return plan.Bool("valid");
    }

    /// <summary>The plan of a submission: the revision, then each resource workflow that would run.</summary>
    public static bool Application(Printer print, JsonElement plan)
    {
        print.Line($"Plan for {plan.Str("application")} revision {plan.Str("revision")} (nothing was stored or applied):");
        foreach (var change in plan.Items("changes"))
        {
            print.Line();
            Workflow(print, change.Get("plan"), $"{change.Str("operation")} {change.Str("resource")} ({change.Str("type")}, provider {change.Str("provider")}): workflow {change.Get("plan").Str("workflow")}");
        }
        if (plan.Items("unchanged").Any())
        {
            print.Line();
            print.Line($"Unchanged: {plan.List("unchanged")}");
        }
        return plan.Bool("valid");
    }
}
