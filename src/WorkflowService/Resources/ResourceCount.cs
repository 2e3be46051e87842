namespace Innominatus.WorkflowService.Resources;

public sealed record ResourceCount(string Type, string State, long Count);
