using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Applications;
using Innominatus.WorkflowService.Score;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.WorkflowService.Workloads;

/// <summary>
/// The Score file's own <c>workflows:</c>, run with every revision that changes the spec, each as a run of its own
/// (kind <c>score-workflow</c>, tracked like any other). They start once the application's resources are active, so
/// <c>${resources.NAME.OUTPUT}</c> resolves; a newer revision supersedes an unfinished run of the same workflow.
/// </summary>
public sealed class InlineWorkflowRuns(WorkflowEngine engine)
{
    public const string Kind = "score-workflow";
    private const string WaitStep = "innominatus-resources-ready";

    /// <summary>
    /// Workflows that cannot start by themselves: a required parameter without a default has no one to give it, and
    /// the name of the step the engine adds is taken.
    /// </summary>
    public static List<string> Errors(ScoreSpec spec) =>
        spec.Workflows.SelectMany(w => ParameterValidator.Validate(w.Value.Parameters, [], $"workflows.{w.Key}.parameters").Errors
            .Select(e => $"{e.Path}: {e.Message} (a workflow in a Score file runs by itself: give the parameter a default)")
            .Concat(w.Value.Steps.Where(s => s.Name == WaitStep).Select(_ => $"workflows.{w.Key}.steps: the step name {WaitStep} is reserved for the engine")))
            .ToList();

    public async Task StartAsync(Application application, ScoreSpec spec, int revision, string actor, CancellationToken cancellationToken)
    {
        foreach (var (name, definition) in spec.Workflows)
        {
            await engine.SupersedeAsync(e => e.Kind == Kind && e.Application == application.Name && e.Name == name, $"superseded by revision {revision}", cancellationToken);
            var parameters = ParameterValidator.Validate(definition.Parameters, []).Value!;
            engine.Create(AfterResources(definition, application.Name), parameters,
                new ExecutionRequest(Kind, application.Team, actor, application.Name, RequestId: Guid.CreateVersion7()));
        }
    }

    /// <summary>The workflow with a first step that waits for the resources, which its first phase's root steps depend on.</summary>
    private static WorkflowDefinition AfterResources(WorkflowDefinition definition, string application)
    {
        var first = definition.Steps.Select(s => s.Phase).MinBy(StepPhases.Order) ?? "deploy";
        var wait = new StepDefinition(WaitStep, "resources-ready", first, [], null, TimeSpan.FromMinutes(30), null,
            new JsonObject { ["application"] = application }, new Dictionary<string, string>());
        var steps = definition.Steps.Select(s => s.Phase == first && s.DependsOn.Count == 0 ? s with { DependsOn = [WaitStep] } : s);
        return definition with { Steps = [wait, .. steps] };
    }
}
