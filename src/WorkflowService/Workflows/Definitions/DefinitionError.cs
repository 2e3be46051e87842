namespace Innominatus.WorkflowService.Workflows.Definitions;

public sealed record DefinitionError(string Path, string Message, int? Line = null);
