using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Outbox;
using Innominatus.WorkflowService.Resources;
using Innominatus.WorkflowService.Workflows.Approvals;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// What a person may do to a run: retry from the first failed step, resume from a chosen step, skip a step with a
/// reason, cancel, approve or reject. Steps that succeeded are never redone unless the user resumes before them.
/// Deciding or skipping a gate step (<see cref="StepApprovers"/>) is for its approvers only, and always audited.
/// </summary>
public sealed class WorkflowOperations(WorkflowDbContext db, WorkflowEngine engine, ScopeBuilder scopes, RunningSteps running, StepDispatch dispatch, StepDecisionAudit audit, TimeProvider clock)
{
    public Task<OperationResult> RetryAsync(Guid id, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, cancellationToken, execution =>
        {
            var failed = execution.Steps.Where(s => s.State is StepState.Failed or StepState.Cancelled).ToList();
            if (failed.Count == 0 || execution.State is not (ExecutionState.Failed or ExecutionState.Cancelled))
            {
                return OperationResult.Conflict($"run {id} is {execution.State}: only a failed or cancelled run can be retried");
            }
            Reopen(execution, failed.Concat(execution.Steps.Where(s => s.State == StepState.Pending)), actor, "retry");
            return OperationResult.Ok;
        });

    public Task<OperationResult> ResumeAsync(Guid id, string fromStep, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, cancellationToken, execution =>
        {
            var from = execution.Steps.SingleOrDefault(s => s.Name == fromStep);
            if (from is null)
            {
                return OperationResult.NotFound($"run {id} has no step '{fromStep}'; steps: {string.Join(", ", execution.Steps.OrderBy(s => s.Position).Select(s => s.Name))}");
            }
            if (!ExecutionState.IsFinished(execution.State))
            {
                return OperationResult.Conflict($"run {id} is {execution.State}: wait for it to finish or cancel it first");
            }
            Reopen(execution, Downstream(execution, from), actor, $"resume from {fromStep}");
            return OperationResult.Ok;
        });

    public Task<OperationResult> SkipAsync(Guid id, string stepName, string reason, CallerPrincipal caller, CancellationToken cancellationToken) =>
        ChangeAsync(id, cancellationToken, execution =>
        {
            var step = execution.Steps.SingleOrDefault(s => s.Name == stepName);
            if (step is null)
            {
                return OperationResult.NotFound($"run {id} has no step '{stepName}'");
            }
            if (step.State is not (StepState.Failed or StepState.Pending or StepState.WaitingApproval or StepState.Cancelled))
            {
                return OperationResult.Conflict($"step {stepName} is {step.State}: only a failed, pending, cancelled or waiting step can be skipped");
            }
            if (StepApprovers.IsGate(step.Type) && Audited(execution, step, "skip", caller, reason) is { } refused)
            {
                return refused;
            }
            step.SkipReason = $"skipped by {caller.User}: {reason}";
            engine.Move(execution, step, StepState.Skipped, clock.GetUtcNow());
            if (ExecutionState.IsFinished(execution.State))
            {
                Reopen(execution, execution.Steps.Where(s => s.State is StepState.Failed or StepState.Cancelled), caller.User, "skip");
            }
            return OperationResult.Ok;
        });

    public Task<OperationResult> DecideAsync(Guid id, string stepName, bool approve, CallerPrincipal caller, string? comment, CancellationToken cancellationToken) =>
        ChangeAsync(id, cancellationToken, execution =>
        {
            var step = execution.Steps.SingleOrDefault(s => s.Name == stepName && s.State == StepState.WaitingApproval);
            if (step is null)
            {
                return OperationResult.Conflict($"run {id} has no step '{stepName}' waiting for approval");
            }
            if (Audited(execution, step, approve ? "approve" : "reject", caller, comment) is { } refused)
            {
                return refused;
            }
            var now = clock.GetUtcNow();
            step.Outputs = System.Text.Json.JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize(new { decidedBy = caller.User, decidedAt = now, approved = approve, comment }));
            step.Error = approve ? null : $"rejected by {caller.User}{(comment is null ? "" : ": " + comment)}";
            engine.Move(execution, step, approve ? StepState.Succeeded : StepState.Failed, now);
            execution.State = ExecutionState.Running;
            return OperationResult.Ok;
        });

    /// <summary>Checks the caller against the gate's approvers and records the attempt; the refusal, if any.</summary>
    private OperationResult? Audited(WorkflowExecution execution, StepExecution step, string action, CallerPrincipal caller, string? reason)
    {
        var definition = DefinitionJson.Deserialize(execution.Definition).Steps.FirstOrDefault(s => s.Name == step.Name);
        var refusal = StepApprovers.Refusal(execution, definition, caller, action);
        audit.Record(execution, step, action, caller, refusal ?? OperationResult.Ok, reason);
        return refusal;
    }

    public Task<OperationResult> CancelAsync(Guid id, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, cancellationToken, execution =>
        {
            if (ExecutionState.IsFinished(execution.State))
            {
                return OperationResult.Conflict($"run {id} already {execution.State}");
            }
            var now = clock.GetUtcNow();
            foreach (var step in execution.Steps.Where(s => s.State is StepState.Pending or StepState.Queued or StepState.Running or StepState.WaitingApproval))
            {
                step.Error = $"cancelled by {actor}";
                engine.Move(execution, step, StepState.Cancelled, now);
            }
            running.CancelExecution(execution.Id);
            return OperationResult.Ok;
        });

    private async Task<OperationResult> ChangeAsync(Guid id, CancellationToken cancellationToken, Func<WorkflowExecution, OperationResult> change)
    {
        var result = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            dispatch.Discard();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await db.WorkflowExecutions.AnyAsync(e => e.Id == id, cancellationToken))
            {
                return OperationResult.NotFound($"there is no run {id}");
            }
            var execution = await ExecutionLock.LoadAsync(db, id, cancellationToken);
            var outcome = change(execution);
            if (outcome.Status == OperationStatus.Ok)
            {
                var definition = DefinitionJson.Deserialize(execution.Definition);
                engine.Advance(execution, definition, await scopes.BuildAsync(execution, definition, cancellationToken));
            }
            if (outcome.Status is OperationStatus.Ok or OperationStatus.Forbidden)
            {
                // A refused decision changes nothing on the run, but its audit record is kept.
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            return outcome;
        });
        await dispatch.CommittedAsync();
        return result;
    }

    /// <summary>Puts steps back to pending and the run (and its resource) back to running.</summary>
    private void Reopen(WorkflowExecution execution, IEnumerable<StepExecution> steps, string actor, string why)
    {
        var now = clock.GetUtcNow();
        foreach (var step in steps.ToList())
        {
            step.Error = null;
            step.NotBefore = null;
            step.SkipReason = null;
            step.MaxAttempts = step.Attempt + step.MaxAttempts;
            engine.Move(execution, step, StepState.Pending, now);
        }
        execution.State = ExecutionState.Running;
        execution.FinishedAt = null;
        execution.Error = null;
        if (execution.ResourceId is { } resourceId && db.Resources.Find(resourceId) is { } resource && ResourceStateMachine.CanMove(resource.State, ResourceState.Provisioning) && execution.Operation != "delete")
        {
            resource.MoveTo(ResourceState.Provisioning, $"workflow {execution.Name}: {why}", actor, now);
        }
    }

    /// <summary>A step and everything that runs after it: its dependents, transitively, and every later phase.</summary>
    private static IEnumerable<StepExecution> Downstream(WorkflowExecution execution, StepExecution from)
    {
        var chosen = new HashSet<string>(StringComparer.Ordinal) { from.Name };
        var phase = WorkflowScheduler.PhaseIndex(from.Phase);
        bool changed;
        do
        {
            changed = false;
            foreach (var step in execution.Steps.Where(s => !chosen.Contains(s.Name)))
            {
                if (WorkflowScheduler.PhaseIndex(step.Phase) > phase || step.DependsOn.Any(chosen.Contains))
                {
                    changed |= chosen.Add(step.Name);
                }
            }
        }
        while (changed);
        return execution.Steps.Where(s => chosen.Contains(s.Name) || s.State is StepState.Failed or StepState.Cancelled);
    }
}
