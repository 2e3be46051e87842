namespace Innominatus.WorkflowService.Applications;

public sealed record SpecWarning(string Path, string Message);
