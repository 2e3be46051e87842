using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Steps;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// The two transactions around step attempts: claiming them, and recording their outcomes. Each takes a batch
/// (see <see cref="GroupCommit{TItem,TResult}"/>), so a busy engine pays a few round trips for many steps.
/// </summary>
public sealed class StepAttempts(WorkflowDbContext db, WorkflowEngine engine, ScopeBuilder scopes, StepDispatch dispatch, RunDefinitions definitionsOfRuns, OutputProtection protection, WorkerIdentity worker, LeaseOptions leases, TimeProvider clock)
{
    public async Task<IReadOnlyList<ClaimedStep?>> ClaimAsync(IReadOnlyList<ClaimRequest> requests)
    {
        var now = clock.GetUtcNow();
        var ids = requests.Select(r => r.Message.StepId).ToArray();
        var attempts = requests.Select(r => r.Message.Attempt).ToArray();
        var redelivered = requests.Select(r => r.Redelivered).ToArray();
        var lease = leases.Duration.TotalSeconds;
        var results = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            dispatch.Discard();
            // The claim and the load commit together: a batch that fails leaves no step claimed, so its items tried
            // one by one find their steps still queued.
            await using var transaction = await db.Database.BeginTransactionAsync();
            // One statement decides ownership: a concurrent duplicate finds the step running under a live lease and
            // gets nothing. A running step is taken over only once its lease has passed (its worker died); one
            // without a lease was claimed before leases existed, and is taken over by its redelivered message.
            var claimed = (await db.Database.SqlQuery<Guid>($"""
                UPDATE workflow.step_executions AS s
                SET state = 'running', started_at = {now}, worker_id = {worker.Id}, lease_expires_at = clock_timestamp() + make_interval(secs => {lease})
                FROM unnest({ids}, {attempts}, {redelivered}) AS c(id, attempt, redelivered)
                WHERE s.id = c.id AND s.attempt = c.attempt
                  AND (s.state = 'queued' OR (s.state = 'running' AND (s.lease_expires_at < clock_timestamp() OR (s.lease_expires_at IS NULL AND c.redelivered))))
                RETURNING s.id AS "Value"
                """).ToListAsync()).ToHashSet();
            var executionIds = requests.Where(r => claimed.Contains(r.Message.StepId)).Select(r => r.Message.ExecutionId).Distinct().ToList();
            var executions = executionIds.Count == 0 ? [] : await db.WorkflowExecutions.AsNoTracking().Include(e => e.Steps)
                .Where(e => executionIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id);
            var prepared = new Dictionary<Guid, (WorkflowDefinition Definition, TemplateScope Scope)>();
            var batch = new List<ClaimedStep?>();
            foreach (var request in requests)
            {
                // A duplicate of the same attempt in one batch: only the first gets the step.
                if (!claimed.Remove(request.Message.StepId))
                {
                    batch.Add(null);
                    continue;
                }
                var execution = executions[request.Message.ExecutionId];
                if (!prepared.TryGetValue(execution.Id, out var run))
                {
                    var definitionOfRun = definitionsOfRuns.Of(execution);
                    prepared[execution.Id] = run = (definitionOfRun, await scopes.BuildAsync(execution, definitionOfRun, CancellationToken.None));
                }
                var step = execution.Steps.Single(s => s.Id == request.Message.StepId);
                dispatch.Add(new Contracts.Workflows.StepStateChanged(execution.Id, execution.Team, step.Id, step.Name, StepState.Running, step.Attempt, null, now));
                batch.Add(new ClaimedStep(execution, step, run.Definition.Steps.Single(s => s.Name == step.Name), run.Scope));
            }
            await transaction.CommitAsync();
            return batch;
        });
        await dispatch.CommittedAsync();
        return results;
    }

    public async Task<IReadOnlyList<bool>> CompleteAsync(IReadOnlyList<StepCompletion> completions)
    {
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            dispatch.Discard();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var executions = (await ExecutionLock.LoadAsync(db, completions.Select(c => c.Message.ExecutionId).Distinct().ToArray(), CancellationToken.None))
                .ToDictionary(e => e.Id);
            var definitions = new Dictionary<Guid, WorkflowDefinition>();
            var now = clock.GetUtcNow();
            foreach (var completion in completions)
            {
                var execution = executions[completion.Message.ExecutionId];
                var step = execution.Steps.Single(s => s.Id == completion.Message.StepId);
                // Copies: the same lines are added again when a commit fails.
                db.StepLogs.AddRange(completion.Lines.Select(l => l.Unsaved()));
                if (step.State != StepState.Running || step.Attempt != completion.Message.Attempt || step.WorkerId != worker.Id)
                {
                    // Cancelled or skipped while it ran, or its lease passed and another worker took it over: the
                    // outcome no longer counts, its log still does.
                    continue;
                }
                step.LeaseExpiresAt = null;
                var definition = definitions.TryGetValue(execution.Id, out var known) ? known : definitions[execution.Id] = definitionsOfRuns.Of(execution);
                Record(execution, step, definition.Steps.Single(s => s.Name == step.Name).Retry, completion.Outcome, now);
            }
            foreach (var (id, definition) in definitions)
            {
                engine.Advance(executions[id], definition, await scopes.BuildAsync(executions[id], definition, CancellationToken.None));
            }
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });
        await dispatch.CommittedAsync();
        return completions.Select(_ => true).ToList();
    }

    private void Record(WorkflowExecution execution, StepExecution step, RetryPolicy? retry, StepOutcome outcome, DateTimeOffset now)
    {
        step.Outputs = protection.Protect(outcome.Outputs, outcome.SecretOutputNames, outcome.Secrets);
        step.Error = outcome.Error;
        switch (outcome.Kind)
        {
            case StepOutcomeKind.Succeeded:
                engine.Move(execution, step, StepState.Succeeded, now);
                break;
            case StepOutcomeKind.WaitingApproval:
                engine.Move(execution, step, StepState.WaitingApproval, now);
                break;
            case StepOutcomeKind.Failed when step.Attempt < step.MaxAttempts && !outcome.Final:
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
