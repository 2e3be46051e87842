using Innominatus.ServiceDefaults.Logging;
using Microsoft.Extensions.Hosting;

namespace Innominatus.ServiceDefaults.Background;

/// <summary>
/// A background loop through outages of what it needs (the database, the broker): it does a round of work, then
/// waits. A round that throws belongs to an outage, reported once when it starts (<see cref="OnOutageStarted"/>) and
/// once when a round succeeds again (<see cref="OnOutageEnded"/>), not per attempt, and the loop waits
/// <see cref="FailedInterval"/> (by default the outage's growing back-off) before trying again. Only the service's
/// stopping ends it.
/// </summary>
public abstract class PeriodicWork(Outage outage) : BackgroundService
{
    protected Outage Outage => outage;

    /// <summary>The wait after a round that failed; by default the outage's back-off.</summary>
    protected virtual TimeSpan FailedInterval => outage.Delay;

    /// <summary>One round; true when more work is waiting, so the next round starts at once.</summary>
    protected abstract Task<bool> RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>The wait after a round that succeeded and left nothing waiting.</summary>
    protected abstract Task WaitAsync(CancellationToken cancellationToken);

    /// <summary>The first failed round of an outage.</summary>
    protected abstract void OnOutageStarted(Exception exception);

    /// <summary>A round succeeded after <paramref name="failedRounds"/> failed ones.</summary>
    protected virtual void OnOutageEnded(int failedRounds)
    {
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var more = await RunOnceAsync(stoppingToken);
                if (outage.Recover() is > 0 and var failedRounds)
                {
                    OnOutageEnded(failedRounds);
                }
                if (!more)
                {
                    await WaitAsync(stoppingToken);
                }
                continue;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                if (outage.Fail())
                {
                    OnOutageStarted(e);
                }
            }
            await Task.Delay(FailedInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
