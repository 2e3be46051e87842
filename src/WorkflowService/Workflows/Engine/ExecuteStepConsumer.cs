using Innominatus.Contracts.Workflows;
using MassTransit;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Takes one step attempt: claims the step (only a queued step of that attempt, or a running one whose lease has
/// passed) in a free slot of this replica and hands it to the <see cref="StepWorker"/>. The message is acknowledged as
/// soon as the step is claimed: from then on the step's lease, not the message, keeps it alive. Without a free slot the
/// step waits in its team's line of this replica (see <see cref="TeamSlots"/>) and the message is acknowledged at
/// once, so other teams' commands behind it in the queue still arrive. Claims of steps arriving at the same time share
/// their transaction.
/// </summary>
public sealed partial class ExecuteStepConsumer(GroupCommit<ClaimRequest, ClaimedStep?> claims, StepWorker worker, ILogger<ExecuteStepConsumer> logger) : IConsumer<ExecuteStep>
{
    public async Task Consume(ConsumeContext<ExecuteStep> context)
    {
        var message = context.Message;
        if (worker.Stopping)
        {
            // Not held until the bus stops: the bus waits for its consumers before it stops, so a held message would
            // keep it connected and taking more, for ever. The row is the record; any replica sends the command again.
            await worker.HandBackCommandAsync(message);
            return;
        }
        switch (worker.TryTakeSlot(message, context.ReceiveContext.Redelivered))
        {
            case SlotDecision.Taken:
                break;
            case SlotDecision.Full:
                LogFull(logger, message.StepId);
                return;
            default:
                return; // waits for a slot here, or already does
        }
        ClaimedStep? claimed;
        try
        {
            // Not the message's token: a claim given up half-way holds the step until its lease passes, so only a
            // replica whose stop is running late gives up.
            claimed = await claims.SubmitAsync(new ClaimRequest(message, context.ReceiveContext.Redelivered), worker.GiveUp);
        }
        catch
        {
            worker.Release(message.Team);
            throw;
        }
        if (claimed is null)
        {
            worker.Release(message.Team);
            return; // a duplicate, a step running under a live lease, a superseded attempt, or a cancelled run
        }
        worker.Start(message, claimed);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Step {StepId} left queued: too many steps wait for a slot in this replica (Workflows:Fairness:MaxWaitingSteps); its command is sent again once it counts as lost")]
    private static partial void LogFull(ILogger logger, Guid stepId);
}
