namespace Innominatus.WorkflowService.PlatformRuns;

public sealed record PlatformRunAccepted(Guid WorkflowRunId, string Kind, string Name);
