using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>One step. Config is free-form and belongs to the step type; strings in it may hold placeholders.</summary>
public sealed record StepDefinition(
    string Name,
    string Type,
    string Phase,
    IReadOnlyList<string> DependsOn,
    string? When,
    TimeSpan? Timeout,
    RetryPolicy? Retry,
    JsonObject Config,
    IReadOnlyDictionary<string, string> Outputs);
