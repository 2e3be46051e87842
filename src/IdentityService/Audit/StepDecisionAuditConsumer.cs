using Innominatus.Contracts.Workflows;
using Innominatus.IdentityService.Data;
using MassTransit;

namespace Innominatus.IdentityService.Audit;

/// <summary>
/// Puts the WorkflowService's approval, rejection and skip decisions (allowed or refused) into the one audit log an
/// admin reads, beside logins and account changes.
/// </summary>
public sealed class StepDecisionAuditConsumer(IdentityDbContext db) : IConsumer<StepDecisionRecorded>
{
    public async Task Consume(ConsumeContext<StepDecisionRecorded> context)
    {
        var decision = context.Message;
        var detail = string.Join("; ", new[] { $"team {decision.Team}", $"{decision.StepType} step", decision.Reason is { } reason ? $"reason: {reason}" : null, decision.Detail }
            .Where(part => !string.IsNullOrWhiteSpace(part)));
        db.AuditEntries.Add(new AuditEntry
        {
            At = decision.At,
            Actor = decision.Actor,
            Action = $"workflow.step.{decision.Action}",
            Target = $"{decision.ExecutionId}/{decision.Step}",
            Outcome = decision.Outcome,
            Detail = detail,
        });
        await db.SaveChangesAsync(context.CancellationToken);
    }
}
