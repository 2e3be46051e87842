namespace Innominatus.Cli.Commands.Watch;

/// <summary>
/// Prints what happens to workflow runs, once each: runs starting and finishing, step state changes and log lines.
/// Fed from two sides, the live event stream (fast, may drop events) and polling the API (complete), and safe to
/// feed from both at once.
/// </summary>
public sealed class RunTracker(Session s, bool showSteps = true, string? onlyStep = null)
{
    private readonly object gate = new();
    private readonly Dictionary<Guid, TrackedRun> runs = [];
    private readonly Dictionary<Guid, List<ServerEvent>> early = [];
    private readonly Dictionary<(Guid Run, string Step, string Line), List<DateTimeOffset>> printedLogs = [];

    public IReadOnlyCollection<TrackedRun> Runs
    {
        get
        {
            lock (gate)
            {
                return [.. runs.Values];
            }
        }
    }

    public bool AllFinished => Runs.All(r => r.Finished);

    public bool IsTracked(Guid id)
    {
        lock (gate)
        {
            return runs.ContainsKey(id);
        }
    }

    /// <summary>Starts following a run (a summary or a full view); events that came before it are replayed.</summary>
    public void Track(JsonElement run, bool announce = true)
    {
        var id = run.Get("id").GetGuid();
        lock (gate)
        {
            if (runs.ContainsKey(id))
            {
                return;
            }
            runs[id] = new TrackedRun(id, run.Str("name"));
            if (announce && showSteps)
            {
                Write($"workflow {run.Str("name")} started (run {id})", Ansi.Bold);
            }
            if (early.Remove(id, out var waiting))
            {
                waiting.ForEach(Apply);
            }
        }
    }

    /// <summary>A full run (GET /api/workflows/{id}): prints step changes and, once, the end.</summary>
    public void Update(JsonElement view)
    {
        var id = view.Get("id").GetGuid();
        lock (gate)
        {
            if (!runs.TryGetValue(id, out var run))
            {
                return;
            }
            foreach (var step in view.Items("steps"))
            {
                StepChanged(run, step.Str("name"), step.Str("state"), step.Get("attempt").ValueKind == JsonValueKind.Number ? step.Get("attempt").GetInt32() : 0,
                    step.StrOrNull("error"), step.Get("durationSeconds").ValueKind == JsonValueKind.Number ? step.Get("durationSeconds").GetDouble() : null);
            }
            var state = view.Str("state");
            run.State = state;
            run.Error = view.StrOrNull("error");
            run.FailedStep = view.Items("steps").FirstOrDefault(st => st.Str("state") == "failed").StrOrNull("name");
        }
    }

    /// <summary>Prints the end of a run once its remaining log lines are out.</summary>
    public void Finish(Guid id, IEnumerable<JsonElement> logs, DateTimeOffset? notBefore = null)
    {
        lock (gate)
        {
            if (!runs.TryGetValue(id, out var run) || run.Announced)
            {
                return;
            }
            PrintLogs(run, logs, notBefore);
            run.Announced = true;
            if (showSteps)
            {
                var failed = run.State is "failed" or "cancelled";
                Write($"workflow {run.Name} {run.State}" + (failed && run.Error is not null ? $": {run.Error}" : ""), Ansi.ForState(run.State));
            }
        }
    }

    /// <summary>Log lines from GET /api/workflows/{id}/logs, those older than <paramref name="notBefore"/> left out.</summary>
    public void PrintLogs(Guid id, IEnumerable<JsonElement> logs, DateTimeOffset? notBefore = null)
    {
        lock (gate)
        {
            if (runs.TryGetValue(id, out var run))
            {
                PrintLogs(run, logs, notBefore);
            }
        }
    }

    /// <summary>Lines the person has already seen (or need not see): never printed by this tracker.</summary>
    public void MarkSeen(Guid id, IEnumerable<JsonElement> logs)
    {
        lock (gate)
        {
            foreach (var line in logs)
            {
                Seen(id, line.Str("step"), line.Str("at"), line.Str("line"));
            }
        }
    }

    private void PrintLogs(TrackedRun run, IEnumerable<JsonElement> logs, DateTimeOffset? notBefore)
    {
        foreach (var line in logs.Where(l => notBefore is null || l.Time("at") >= notBefore))
        {
            Log(run, line.Str("step"), line.Str("at"), line.Str("line"));
        }
    }

    public void OnEvent(ServerEvent e)
    {
        if (e.Data.Get("executionId") is not { ValueKind: JsonValueKind.String } idText || !idText.TryGetGuid(out var id))
        {
            return;
        }
        lock (gate)
        {
            if (runs.ContainsKey(id))
            {
                Apply(e);
            }
            else if (e.Type is "step" or "log")
            {
                var waiting = early.TryGetValue(id, out var list) ? list : early[id] = [];
                if (waiting.Count < 1_000)
                {
                    waiting.Add(e);
                }
            }
        }
    }

    private void Apply(ServerEvent e)
    {
        var run = runs[e.Data.Get("executionId").GetGuid()];
        if (e.Type == "step")
        {
            StepChanged(run, e.Data.Str("step"), e.Data.Str("state"), e.Data.Get("attempt").ValueKind == JsonValueKind.Number ? e.Data.Get("attempt").GetInt32() : 0, e.Data.StrOrNull("error"), null);
        }
        else if (e.Type == "log")
        {
            Log(run, e.Data.Str("step"), e.Data.Str("at"), e.Data.Str("line"));
        }
    }

    private void StepChanged(TrackedRun run, string step, string state, int attempt, string? error, double? seconds)
    {
        var key = $"{step}\n{attempt}";
        if (!showSteps || state is "pending" or "queued" || (onlyStep is not null && step != onlyStep)
            || run.StepStates.GetValueOrDefault(key) == state || IsBefore(state, run.StepStates.GetValueOrDefault(key)))
        {
            return;
        }
        run.StepStates[key] = state;
        var detail = state == "failed" && error is not null ? $": {error}" : seconds is { } d && state is "succeeded" ? $" ({d:0.###}s)" : "";
        Write($"  step {step}: {state}{(attempt > 1 ? $" (attempt {attempt})" : "")}{detail}", Ansi.ForState(state));
    }

    /// <summary>A late poll must not print a step back to running after the stream said it finished.</summary>
    private static bool IsBefore(string state, string? printed) =>
        printed is not null && Rank(state) < Rank(printed);

    private static int Rank(string state) => state switch
    {
        "pending" => 0,
        "queued" => 1,
        "running" or "waiting_approval" => 2,
        _ => 3,
    };

    private void Log(TrackedRun run, string step, string at, string line)
    {
        if ((onlyStep is not null && step != onlyStep) || !Seen(run.Id, step, at, line))
        {
            return;
        }
        var prefix = showSteps ? $"    {run.Name}/{step} | " : onlyStep is null ? $"{step} | " : "";
        s.Print.Progress.WriteLine(s.Print.PaintProgress(prefix, Ansi.Dim) + line);
        s.Print.Progress.Flush();
    }

    /// <summary>
    /// True the first time a line is seen. The stream and the database give a line's time with different precision
    /// (ticks, microseconds), so two times within a millisecond are the same line; a line repeated later is not.
    /// </summary>
    private bool Seen(Guid run, string step, string at, string line)
    {
        var time = DateTimeOffset.TryParse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : DateTimeOffset.MinValue;
        var times = printedLogs.TryGetValue((run, step, line), out var known) ? known : printedLogs[(run, step, line)] = [];
        if (times.Any(t => Math.Abs((t - time).TotalMilliseconds) < 1))
        {
            return false;
        }
        times.Add(time);
        return true;
    }

    private void Write(string line, string? colour)
    {
        s.Print.Progress.WriteLine(s.Print.PaintProgress(line, colour));
        s.Print.Progress.Flush();
    }
}
