namespace Innominatus.WorkflowService.Workflows.Retention;

/// <summary>
/// <c>Workflows:Retention</c>: finished runs older than <c>Days</c> (default 30; 0 keeps them for ever) are deleted
/// with their steps and logs, <c>BatchSize</c> runs per transaction (default 500), every <c>IntervalMinutes</c>
/// (default 60).
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Workflows:Retention";

    public int Days { get; set; } = 30;

    public int BatchSize { get; set; } = 500;

    public int IntervalMinutes { get; set; } = 60;
}
