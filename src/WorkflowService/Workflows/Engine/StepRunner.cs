using System.Diagnostics;
using System.Text.Json.Nodes;
using Innominatus.ServiceDefaults.Tracing;
using Innominatus.WorkflowService.Events;
using Innominatus.WorkflowService.Workflows.Kubernetes;
using Innominatus.WorkflowService.Workflows.Steps;
using Innominatus.WorkflowService.Workflows.Tenancy;
using Innominatus.WorkflowService.Workloads;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Runs a claimed step: resolves its placeholders, runs the executor under the step's timeout with a span in the
/// run's trace, streams its log lines to the database (the last ones are returned, to be stored with the outcome),
/// and maps the step's declared outputs.
/// </summary>
public sealed class StepRunner(IEnumerable<IStepExecutor> executors, IServiceScopeFactory scopes, RunningSteps running, WorkflowMetrics metrics, LiveEvents live, TimeProvider clock)
{
    private static readonly ActivitySource Source = new(TelemetryExtensions.ActivitySourceName);
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(30);

    public async Task<(StepOutcome Outcome, List<StepLog> UnsavedLines)> RunAsync(ClaimedStep claimed, CancellationToken cancellationToken)
    {
        var (execution, step, definition, scope) = claimed;
        using var activity = Source.StartActivity($"step {step.Name}", ActivityKind.Internal, execution.TraceParent);
        activity?.SetTag("workflow.execution_id", execution.Id).SetTag("workflow.name", execution.Name)
            .SetTag("step.name", step.Name).SetTag("step.type", step.Type).SetTag("step.attempt", step.Attempt);
        await using var log = new StepLogWriter(scopes, execution.Id, step.Id, step.Name, clock, scope.Secrets, Definitions.WorkflowLimits.MaxStepLogLines);
        log.LineWritten += line => live.Publish(line, execution.Team);
        var started = Stopwatch.StartNew();
        var outcome = await ExecuteAsync(claimed, log, cancellationToken);
        if (outcome.Kind == StepOutcomeKind.Succeeded && definition.Outputs.Count > 0)
        {
            outcome = outcome with { Outputs = MapOutputs(claimed, outcome.Outputs) };
        }
        outcome = outcome with { Error = outcome.Error is null ? null : scope.Secrets.Mask(outcome.Error), Secrets = scope.Secrets };
        log.WriteLast(outcome.Kind switch
        {
            StepOutcomeKind.Succeeded => $"step {step.Name} succeeded in {started.Elapsed.TotalSeconds:0.0} s",
            StepOutcomeKind.WaitingApproval => $"step {step.Name} waits for approval",
            _ => $"step {step.Name} failed: {outcome.Error}",
        });
        activity?.SetStatus(outcome.Kind == StepOutcomeKind.Failed ? ActivityStatusCode.Error : ActivityStatusCode.Ok, outcome.Error);
        metrics.StepFinished(step.Type, outcome.Kind.ToString().ToLowerInvariant(), started.Elapsed);
        return (outcome, await log.TakePendingAsync());
    }

    private async Task<StepOutcome> ExecuteAsync(ClaimedStep claimed, StepLogWriter log, CancellationToken cancellationToken)
    {
        var (execution, step, definition, scope) = claimed;
        var executor = executors.FirstOrDefault(e => e.Type == step.Type);
        if (executor is null)
        {
            return StepOutcome.Failure($"no executor for step type '{step.Type}'");
        }
        var unresolved = new List<string>();
        var (config, scriptValues, problems) = StepConfigResolver.Resolve(step.Type, definition.Config, scope, unresolved);
        if (unresolved.Count > 0)
        {
            return StepOutcome.Failure("unresolved placeholders: " + string.Join(", ", unresolved.Distinct().Select(p => "${" + p + "}")));
        }
        if (problems.Count > 0)
        {
            return StepOutcome.Failure(string.Join("; ", problems));
        }
        var owner = OwnerOf(execution);
        if (owner is { Tenant: true } && TenantStepRules.Check(step.Type, config, owner.Namespace) is { Count: > 0 } broken)
        {
            return StepOutcome.Failure(string.Join("; ", broken));
        }
        // Capped again here: a definition stored before the limit was lowered must not arm a longer timer.
        var timeout = Definitions.WorkflowLimits.Cap(definition.Timeout ?? DefaultTimeout);
        // The claim's cancellation: a cancelled or superseded run, or a lease another worker has taken over.
        var leased = running.Find(step.Id);
        using var timeoutSource = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(leased?.Source.Token ?? cancellationToken, timeoutSource.Token, cancellationToken);
        using var flusher = new Timer(_ => _ = log.FlushInBackgroundAsync(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
        try
        {
            log.Write($"starting {step.Type} step {step.Name} (attempt {step.Attempt} of {step.MaxAttempts})");
            return await executor.ExecuteAsync(new StepRun(execution.Id, step.Id, step.Name, step.IdempotencyKey, execution.Application, config, scope, log, owner, scriptValues, timeout, execution.Name, execution.ResourceId), linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            if (timeoutSource.IsCancellationRequested)
            {
                return StepOutcome.Failure($"timed out after {timeout}");
            }
            var reason = leased?.StopReason ?? "cancelled";
            log.Write($"stopped: {reason}");
            return StepOutcome.Failure(reason);
        }
        catch (NoKubernetesClusterException e)
        {
            return StepOutcome.Failure(e.Message) with { Final = true };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return StepOutcome.Failure($"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// Runs for an application act in its namespace for its team; a Score file's own workflows are the team's, held to
    /// the tenant rules. Golden paths and posted runs have no owner here: they keep to what their definition says.
    /// </summary>
    private static RunOwner? OwnerOf(WorkflowExecution execution) => (execution.Kind, execution.Application) switch
    {
        (InlineWorkflowRuns.Kind, { } application) => new RunOwner(execution.Team, application, Tenant: true),
        (InlineWorkflowRuns.Kind, null) => new RunOwner(execution.Team, "", Tenant: true),
        ("application" or "resource", { } application) => new RunOwner(execution.Team, application, Tenant: false),
        _ => null,
    };

    private static JsonObject MapOutputs(ClaimedStep claimed, JsonObject raw)
    {
        var own = new Dictionary<string, JsonObject>(claimed.Scope.StepOutputs) { [claimed.Step.Name] = raw };
        var scope = claimed.Scope with { StepOutputs = own };
        var mapped = (JsonObject)raw.DeepClone();
        var unresolved = new List<string>();
        foreach (var (name, expression) in claimed.Definition.Outputs)
        {
            mapped[name] = TemplateResolver.Resolve(JsonValue.Create(expression), scope, unresolved);
        }
        return mapped;
    }
}
