using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>Everything an executor gets: the step's config with placeholders already resolved, and a log.</summary>
public sealed record StepRun(
    Guid ExecutionId,
    Guid StepId,
    string Step,
    string IdempotencyKey,
    string? Application,
    JsonObject Config,
    TemplateScope Scope,
    IStepLog Log)
{
    public string? ConfigString(string key) => Config.TryGetPropertyValue(key, out var node) && node is JsonValue value ? value.ToString() : null;
}
