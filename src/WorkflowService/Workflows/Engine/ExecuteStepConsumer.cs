using Innominatus.Contracts.Workflows;
using MassTransit;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Runs one step attempt: claims it (only a queued step of that attempt, or a running one whose message came back
/// after a crash), runs its executor outside any transaction, then records the outcome and moves the run on.
/// </summary>
public sealed class ExecuteStepConsumer(StepAttempts attempts, StepRunner runner) : IConsumer<ExecuteStep>
{
    public async Task Consume(ConsumeContext<ExecuteStep> context)
    {
        var message = context.Message;
        var claimed = await attempts.ClaimAsync(message, context.ReceiveContext.Redelivered, context.CancellationToken);
        if (claimed is null)
        {
            return; // a duplicate, a superseded attempt, or a cancelled run
        }
        var outcome = await runner.RunAsync(claimed, context.CancellationToken);
        await attempts.CompleteAsync(message, outcome, context.CancellationToken);
    }
}
