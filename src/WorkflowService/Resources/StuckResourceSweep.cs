using Innominatus.Contracts.Resources;
using Innominatus.ServiceDefaults.Logging;
using Innominatus.WorkflowService.Data;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Resources;

/// <summary>
/// Requests again the workflow of a resource left <c>requested</c> (or <c>deprovisioning</c>) with no run for
/// <c>Resources:RestartStuckAfterSeconds</c> (default 300; 0 turns the sweep off): its request was dead-lettered
/// after an outage longer than the consumer's retries. While any resource request still waits in the outbox (the
/// broker is down) nothing is swept: that request is not lost, only late.
/// </summary>
public sealed partial class StuckResourceSweep(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<StuckResourceSweep> logger)
    : BackgroundService
{
    private const int BatchSize = 50;
    private static readonly string RequestType = typeof(ResourceRequested).FullName!;

    private TimeSpan Grace => TimeSpan.FromSeconds(configuration.GetValue("Resources:RestartStuckAfterSeconds", 300));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Grace <= TimeSpan.Zero)
        {
            return;
        }
        var interval = TimeSpan.FromSeconds(Math.Clamp(Grace.TotalSeconds / 4, 1, 60));
        var outage = new Outage(interval, TimeSpan.FromMinutes(2));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(stoppingToken);
                outage.Recover();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (outage.Fail())
                {
                    LogFailed(logger, e.Message);
                }
            }
            await Task.Delay(outage.Failures == 0 ? interval : outage.Delay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        if (await db.OutboxMessages.AnyAsync(m => m.PublishedAt == null && m.MessageType == RequestType, cancellationToken))
        {
            return;
        }
        var before = clock.GetUtcNow() - Grace;
        var stuck = await db.Resources.AsNoTracking()
            .Where(r => (r.State == ResourceState.Requested || r.State == ResourceState.Deprovisioning) && r.UpdatedAt < before)
            .Where(r => !db.WorkflowExecutions.Any(e => e.ResourceId == r.Id && e.CreatedAt >= r.UpdatedAt))
            .OrderBy(r => r.UpdatedAt).Select(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var id in stuck)
        {
            var retries = scope.ServiceProvider.GetRequiredService<ResourceRetries>();
            if (await retries.RestartStuckAsync(id, cancellationToken) is { } name)
            {
                LogRestarted(logger, name, id, Grace.TotalSeconds);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Requested the workflow of resource {Resource} ({ResourceId}) again: it waited over {Seconds} s with no run")]
    private static partial void LogRestarted(ILogger logger, string resource, Guid resourceId, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stuck resource sweep failed; retrying with back-off: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
