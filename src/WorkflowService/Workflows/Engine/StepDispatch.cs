using MassTransit;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// Step commands and step state events, sent straight to the broker once the change that implies them is committed,
/// instead of through the outbox: the step rows are their durable record. A <c>queued</c> step whose command was lost
/// (a crash or a broker outage right after the commit) is sent again by the <see cref="RetryPoller"/>; a lost state
/// event only delays a live view, which reads the rows again anyway. Run and resource events keep the outbox.
/// </summary>
public sealed partial class StepDispatch(IBus bus, Outbox.OutboxWriter outbox, Outbox.OutboxSignal signal, ILogger<StepDispatch> logger)
{
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(10);
    private readonly List<object> pending = [];

    public void Add(object message) => pending.Add(message);

    /// <summary>Forgets what a rolled-back attempt of a transaction queued.</summary>
    public void Discard() => pending.Clear();

    /// <summary>Call after the commit: sends what the committed change implies and wakes the outbox relay if it has work.</summary>
    public async Task CommittedAsync()
    {
        if (outbox.Wrote)
        {
            // A busy engine commits hundreds of times a second, mostly without events: each wake costs the relay a query.
            signal.Notify();
        }
        if (pending.Count == 0)
        {
            return;
        }
        var changes = pending.OfType<Contracts.Workflows.StepStateChanged>().ToList();
        var messages = pending.Where(m => m is not Contracts.Workflows.StepStateChanged).ToList();
        if (changes.Count > 0)
        {
            messages.Add(new Contracts.Workflows.StepStatesChanged(changes));
        }
        pending.Clear();
        using var timeout = new CancellationTokenSource(PublishTimeout);
        try
        {
            // Not the caller's token: once committed, the messages should go out even if the request is gone.
            await Task.WhenAll(messages.Select(m => bus.Publish(m, m.GetType(), timeout.Token)));
        }
        catch (Exception e)
        {
            LogSendFailed(logger, messages.Count, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not send {Count} step message(s) after commit; queued steps are sent again by the retry poller: {Reason}")]
    private static partial void LogSendFailed(ILogger logger, int count, string reason);
}
