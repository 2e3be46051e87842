namespace Innominatus.Cli.Commands.Watch;

/// <summary>What a watch knows about one workflow run.</summary>
public sealed class TrackedRun(Guid id, string name)
{
    public Guid Id { get; } = id;

    public string Name { get; } = name;

    public string State { get; set; } = "running";

    public string? Error { get; set; }

    public string? FailedStep { get; set; }

    /// <summary>The end was printed (after the run's last log lines).</summary>
    public bool Announced { get; set; }

    public Dictionary<string, string> StepStates { get; } = [];

    public bool Finished => State is "succeeded" or "failed" or "cancelled";

    public bool Failed => State is "failed" or "cancelled";
}
