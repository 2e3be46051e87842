using Innominatus.Contracts.Resources;
using Innominatus.ServiceDefaults.Background;
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
    : PeriodicWork(new Outage(Interval(configuration), TimeSpan.FromMinutes(2)))
{
    private const int BatchSize = 50;
    private static readonly string RequestType = typeof(ResourceRequested).FullName!;

    private TimeSpan Grace => GraceOf(configuration);

    private static TimeSpan GraceOf(IConfiguration configuration) => TimeSpan.FromSeconds(configuration.GetValue("Resources:RestartStuckAfterSeconds", 300));

    private static TimeSpan Interval(IConfiguration configuration) => TimeSpan.FromSeconds(Math.Clamp(GraceOf(configuration).TotalSeconds / 4, 1, 60));

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Grace <= TimeSpan.Zero ? Task.CompletedTask : base.ExecuteAsync(stoppingToken);

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await SweepAsync(cancellationToken);
        return false;
    }

    protected override Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(Interval(configuration), cancellationToken);

    protected override void OnOutageStarted(Exception exception) => LogFailed(logger, exception.Message);

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
