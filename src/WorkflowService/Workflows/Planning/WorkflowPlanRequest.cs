using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Planning;

/// <summary>
/// What to plan: a golden path by name, or a workflow definition given as YAML. With <c>Application</c>, placeholders
/// of that application's resources resolve as they would in a run for it.
/// </summary>
public sealed record WorkflowPlanRequest(string? GoldenPath, string? Workflow, JsonObject? Parameters, string? Application);
