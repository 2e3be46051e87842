namespace Innominatus.WorkflowService.Resources;

public sealed record ResourceRetryOutcome(ResourceRetryStatus Status, ResourceInstance? Resource = null);
