using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Engine;
using Innominatus.WorkflowService.Workflows.Tenancy;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// Everything an executor gets: the step's config with placeholders already resolved, a log, the team and namespace
/// the run acts for when it runs for an application (see <see cref="RunOwner"/>), and for a script the values its
/// placeholders now refer to (environment variables, see <see cref="Processes.ScriptTemplate"/>); the step's timeout, for work that must end by itself elsewhere (a Job's deadline); the workflow's name and the resource it provisions, if any.
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
    RunOwner? Owner = null,
    IReadOnlyDictionary<string, string>? ScriptValues = null,
    TimeSpan? Timeout = null,
    string? Workflow = null,
    Guid? Resource = null)
{
    public string? ConfigString(string key) => Config.TryGetPropertyValue(key, out var node) && node is JsonValue value ? value.ToString() : null;
}
