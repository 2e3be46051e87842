using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Engine;
using Innominatus.WorkflowService.Workflows.Tenancy;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// Everything an executor gets: the step's config with placeholders already resolved, a log, and the team and
/// namespace the run acts for when it runs for an application (see <see cref="RunOwner"/>).
/// </summary>
public sealed record StepRun(
    Guid ExecutionId,
    Guid StepId,
    string Step,
    string IdempotencyKey,
    string? Application,
    JsonObject Config,
    TemplateScope Scope,
    IStepLog Log,
    RunOwner? Owner = null)
{
    public string? ConfigString(string key) => Config.TryGetPropertyValue(key, out var node) && node is JsonValue value ? value.ToString() : null;
}
