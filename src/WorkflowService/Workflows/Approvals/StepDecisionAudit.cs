using Innominatus.Contracts.Workflows;
using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Outbox;
using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.WorkflowService.Workflows.Approvals;

/// <summary>
/// Records every approve, reject and skip, allowed or refused: a line in the run's log, a service log entry and a
/// <see cref="StepDecisionRecorded"/> event, all in the unit of work of the decision itself.
/// </summary>
public sealed class StepDecisionAudit(WorkflowDbContext db, OutboxWriter outbox, TimeProvider clock, ILogger<StepDecisionAudit> logger)
{
    private const int MaxReasonLength = 1_000;

    public void Record(WorkflowExecution execution, StepExecution step, string action, CallerPrincipal caller, OperationResult outcome, string? reason)
    {
        var now = clock.GetUtcNow();
        var denied = outcome.Status == OperationStatus.Forbidden;
        reason = reason is { Length: > MaxReasonLength } ? reason[..MaxReasonLength] + "…" : reason;
        var line = denied
            ? $"{action} by {caller.User} refused: {outcome.Title}"
            : $"{action} by {caller.User}{(string.IsNullOrWhiteSpace(reason) ? "" : ": " + reason)}";
        db.StepLogs.Add(new StepLog { ExecutionId = execution.Id, StepId = step.Id, Step = step.Name, At = now, Line = line });
        outbox.Add(new StepDecisionRecorded(execution.Id, execution.Team, step.Name, step.Type, action, caller.User,
            denied ? "denied" : "success", reason, denied ? outcome.Title : null, now));
        logger.LogInformation("Audit: {Action} of step {Step} in run {ExecutionId} by {Actor}: {Outcome} {Rule}",
            action, step.Name, execution.Id, caller.User, denied ? "denied" : "success", outcome.Title);
    }
}
