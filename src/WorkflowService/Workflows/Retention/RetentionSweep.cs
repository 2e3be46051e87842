namespace Innominatus.WorkflowService.Workflows.Retention;

/// <summary>What one sweep deleted.</summary>
public sealed record RetentionSweep(int Runs, int Steps, int LogLines)
{
    public RetentionSweep Add(RetentionSweep other) => new(Runs + other.Runs, Steps + other.Steps, LogLines + other.LogLines);
}
