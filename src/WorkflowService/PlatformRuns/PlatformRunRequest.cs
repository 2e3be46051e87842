namespace Innominatus.WorkflowService.PlatformRuns;

/// <summary>A platform workflow another service built (YAML or JSON) and the kind its run is listed under.</summary>
public sealed record PlatformRunRequest(string? Kind, string? Workflow);
