using Innominatus.Contracts.Workflows;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Outbox;
using Innominatus.WorkflowService.Workflows.Steps;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>The two transactions around a step attempt: claiming it, and recording its outcome.</summary>
public sealed class StepAttempts(WorkflowDbContext db, WorkflowEngine engine, ScopeBuilder scopes, StepDispatch dispatch, TimeProvider clock)
{
    public async Task<ClaimedStep?> ClaimAsync(ExecuteStep message, bool redelivered, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // One statement decides ownership: a concurrent duplicate finds the step already running and gets nothing.
        var claimed = await db.StepExecutions
            .Where(s => s.Id == message.StepId && s.Attempt == message.Attempt && (s.State == StepState.Queued || (redelivered && s.State == StepState.Running)))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.State, StepState.Running).SetProperty(s => s.StartedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return null;
        }
        var execution = await db.WorkflowExecutions.AsNoTracking().Include(e => e.Steps).SingleAsync(e => e.Id == message.ExecutionId, cancellationToken);
        var step = execution.Steps.Single(s => s.Id == message.StepId);
        dispatch.Add(new StepStateChanged(execution.Id, execution.Team, step.Id, step.Name, StepState.Running, step.Attempt, null, now));
        await dispatch.CommittedAsync();
        var definition = DefinitionJson.Deserialize(execution.Definition);
        return new ClaimedStep(execution, step, definition.Steps.Single(s => s.Name == step.Name), await scopes.BuildAsync(execution, cancellationToken));
    }

    public async Task CompleteAsync(ExecuteStep message, StepOutcome outcome, CancellationToken cancellationToken)
    {
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            dispatch.Discard();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var execution = await ExecutionLock.LoadAsync(db, message.ExecutionId, cancellationToken);
            var step = execution.Steps.Single(s => s.Id == message.StepId);
            if (step.State != StepState.Running || step.Attempt != message.Attempt)
            {
                return; // cancelled or skipped while it ran: the outcome no longer counts
            }
            var definition = DefinitionJson.Deserialize(execution.Definition);
            var now = clock.GetUtcNow();
            Record(execution, step, definition.Steps.Single(s => s.Name == step.Name).Retry, outcome, now);
            engine.Advance(execution, definition, await scopes.BuildAsync(execution, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        await dispatch.CommittedAsync();
    }

    private void Record(WorkflowExecution execution, StepExecution step, Definitions.RetryPolicy? retry, StepOutcome outcome, DateTimeOffset now)
    {
        step.Outputs = System.Text.Json.JsonDocument.Parse(outcome.Outputs.ToJsonString());
        step.Error = outcome.Error;
        switch (outcome.Kind)
        {
            case StepOutcomeKind.Succeeded:
                engine.Move(execution, step, StepState.Succeeded, now);
                break;
            case StepOutcomeKind.WaitingApproval:
                engine.Move(execution, step, StepState.WaitingApproval, now);
                break;
            case StepOutcomeKind.Failed when step.Attempt < step.MaxAttempts:
                // Exponential backoff from the definition's base; the retry poller queues it when it is due.
                step.NotBefore = now + (retry?.Backoff ?? TimeSpan.FromSeconds(1)) * Math.Pow(2, step.Attempt - 1);
                engine.Move(execution, step, StepState.Pending, now);
                break;
            default:
                engine.Move(execution, step, StepState.Failed, now);
                break;
        }
    }
}
