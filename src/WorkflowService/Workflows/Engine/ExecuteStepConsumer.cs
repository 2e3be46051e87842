using Innominatus.Contracts.Workflows;
using MassTransit;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Runs one step attempt: claims it (only a queued step of that attempt, or a running one whose message came back
/// after a crash), runs its executor outside any transaction, then records the outcome and moves the run on. Claims
/// and outcomes of steps running at the same time share their transactions.
/// </summary>
public sealed class ExecuteStepConsumer(GroupCommit<ClaimRequest, ClaimedStep?> claims, StepRunner runner, GroupCommit<StepCompletion, bool> completions)
    : IConsumer<ExecuteStep>
{
    public async Task Consume(ConsumeContext<ExecuteStep> context)
    {
        var message = context.Message;
        var claimed = await claims.SubmitAsync(new ClaimRequest(message, context.ReceiveContext.Redelivered), context.CancellationToken);
        if (claimed is null)
        {
            return; // a duplicate, a superseded attempt, or a cancelled run
        }
        var (outcome, lines) = await runner.RunAsync(claimed, context.CancellationToken);
        await completions.SubmitAsync(new StepCompletion(message, outcome, lines), context.CancellationToken);
    }
}
