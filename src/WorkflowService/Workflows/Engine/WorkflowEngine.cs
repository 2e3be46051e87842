using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Innominatus.Contracts.Workflows;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Outbox;
using Innominatus.WorkflowService.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Creates runs and moves them on. Every decision is a database change; the <see cref="ExecuteStep"/> commands it implies
/// leave through <see cref="StepDispatch"/> after the commit, so a crash at any point loses no step and starts none twice.
/// </summary>
public sealed class WorkflowEngine(WorkflowDbContext db, StepDispatch dispatch, ExecutionFinisher finisher, OutputProtection protection, TimeProvider clock)
{
    public WorkflowExecution Create(WorkflowDefinition definition, JsonObject parameters, ExecutionRequest request, TemplateScope? scope = null)
    {
        var now = clock.GetUtcNow();
        var execution = new WorkflowExecution
        {
            Id = Guid.CreateVersion7(), Name = definition.Name, Kind = request.Kind, Application = request.Application,
            ResourceId = request.ResourceId, Operation = request.Operation, Team = request.Team, RequestedBy = request.RequestedBy,
            RequestId = request.RequestId, Definition = DefinitionJson.Serialize(definition),
            Parameters = protection.ProtectParameters(parameters, SecretParameters.Names(definition)), TraceParent = Activity.Current?.Id, CreatedAt = now,
        };
        var position = 0;
        foreach (var step in definition.Steps)
        {
            execution.Steps.Add(new StepExecution
            {
                Id = Guid.CreateVersion7(), ExecutionId = execution.Id, Name = step.Name, Type = step.Type, Phase = step.Phase,
                Position = position++, DependsOn = [.. step.DependsOn], MaxAttempts = 1 + (step.Retry?.Count ?? 0),
            });
        }
        db.WorkflowExecutions.Add(execution);
        Advance(execution, definition, scope ?? TemplateScope.ForParameters(parameters));
        return execution;
    }

    /// <summary>Skips steps whose condition is false, queues the ready ones, and finishes the run when nothing is left.</summary>
    public void Advance(WorkflowExecution execution, WorkflowDefinition definition, TemplateScope scope)
    {
        if (ExecutionState.IsFinished(execution.State))
        {
            return;
        }
        var now = clock.GetUtcNow();
        // Moving steps here changes their states, never their outputs: the run's outputs are read (and decrypted) once.
        var withSteps = new Lazy<TemplateScope>(() => scope.WithSteps(execution, protection));
        while (true)
        {
            var decision = WorkflowScheduler.Decide(execution.Steps.OrderBy(s => s.Position).Select(s => s.Snapshot()).ToList());
            var skipped = false;
            foreach (var step in decision.Ready.Select(name => execution.Steps.Single(s => s.Name == name)).Where(s => s.NotBefore is null || s.NotBefore <= now))
            {
                var when = definition.Steps.Single(s => s.Name == step.Name).When;
                var unresolved = new List<string>();
                if (when is not null && !ConditionEvaluator.Evaluate(when, withSteps.Value, unresolved))
                {
                    Move(execution, step, StepState.Skipped, now);
                    step.SkipReason = $"condition '{when}' is false";
                    skipped = true;
                    continue;
                }
                step.Attempt++;
                step.NotBefore = null;
                step.QueuedAt = now;
                Move(execution, step, StepState.Queued, now);
                dispatch.Add(new ExecuteStep(execution.Id, step.Id, step.Attempt, execution.Team));
            }
            if (!skipped)
            {
                execution.State = decision.ExecutionState;
                break;
            }
        }
        if (ExecutionState.IsFinished(execution.State))
        {
            finisher.Finish(execution, definition, withSteps.Value, now);
        }
    }

    /// <summary>Cancels every unfinished run matching <paramref name="which"/>: a newer request replaces them.</summary>
    public async Task SupersedeAsync(System.Linq.Expressions.Expression<Func<WorkflowExecution, bool>> which, string reason, CancellationToken cancellationToken)
    {
        var unfinished = await db.WorkflowExecutions.Include(e => e.Steps).Where(which)
            .Where(e => e.State != ExecutionState.Succeeded && e.State != ExecutionState.Failed && e.State != ExecutionState.Cancelled)
            .ToListAsync(cancellationToken);
        foreach (var old in unfinished)
        {
            Supersede(old, DefinitionJson.Deserialize(old.Definition), reason);
        }
    }

    private void Supersede(WorkflowExecution execution, WorkflowDefinition definition, string reason)
    {
        var now = clock.GetUtcNow();
        execution.Superseded = true;
        foreach (var step in execution.Steps.Where(s => s.State is StepState.Pending or StepState.Queued or StepState.Running or StepState.WaitingApproval))
        {
            step.Error = reason;
            Move(execution, step, StepState.Cancelled, now);
        }
        Advance(execution, definition, TemplateScope.ForParameters([]));
    }

    public void Move(WorkflowExecution execution, StepExecution step, string state, DateTimeOffset now)
    {
        step.State = state;
        if (state is StepState.Succeeded or StepState.Failed or StepState.Skipped or StepState.Cancelled)
        {
            step.FinishedAt = now;
        }
        dispatch.Add(new StepStateChanged(execution.Id, execution.Team, step.Id, step.Name, state, step.Attempt, step.Error, now));
    }
}
