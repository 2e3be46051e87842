using Innominatus.Contracts.Workflows;
using MassTransit;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Takes one step attempt: waits for a free slot of this replica, claims the step (only a queued step of that attempt,
/// or a running one whose lease has passed) and hands it to the <see cref="StepWorker"/>. The message is acknowledged as
/// soon as the step is claimed: from then on the step's lease, not the message, keeps it alive. Claims of steps arriving
/// at the same time share their transaction.
/// </summary>
public sealed class ExecuteStepConsumer(GroupCommit<ClaimRequest, ClaimedStep?> claims, StepWorker worker) : IConsumer<ExecuteStep>
{
    public async Task Consume(ConsumeContext<ExecuteStep> context)
    {
        var message = context.Message;
        if (worker.Stopping)
        {
            // Unacknowledged until the bus stops: the message goes back to the queue for another replica.
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
        }
        await worker.WaitForSlotAsync(context.CancellationToken);
        ClaimedStep? claimed;
        try
        {
            // Not the message's token: a claim abandoned half-way would hold the step until its lease passed.
            claimed = await claims.SubmitAsync(new ClaimRequest(message, context.ReceiveContext.Redelivered), CancellationToken.None);
        }
        catch
        {
            worker.Release();
            throw;
        }
        if (claimed is null)
        {
            worker.Release();
            return; // a duplicate, a step running under a live lease, a superseded attempt, or a cancelled run
        }
        worker.Start(message, claimed);
    }
}
