using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Definitions;

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
