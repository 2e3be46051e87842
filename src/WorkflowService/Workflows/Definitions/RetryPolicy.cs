namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>How often a failed step is tried again (0 to 10 times) and how long to wait between tries.</summary>
public sealed record RetryPolicy(int Count, TimeSpan Backoff)
{
    public const int MaxCount = 10;

    public static readonly TimeSpan DefaultBackoff = TimeSpan.FromSeconds(10);
}
