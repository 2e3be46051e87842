namespace Innominatus.WorkflowService.Workflows.Definitions;

public sealed record RetryPolicy(int Count, TimeSpan Backoff);
