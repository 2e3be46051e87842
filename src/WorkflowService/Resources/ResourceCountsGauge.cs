using System.Diagnostics.Metrics;
using Innominatus.ServiceDefaults.Background;
using Innominatus.ServiceDefaults.Logging;
using Innominatus.ServiceDefaults.Metrics;
using Innominatus.WorkflowService.Data;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Resources;

/// <summary>
/// <c>innominatus_resources_total{type,state}</c>, counted in the database so every replica reports the same figure.
/// A scrape must not wait for a query, so the gauge reads a snapshot refreshed every few seconds.
/// </summary>
public sealed partial class ResourceCountsGauge : PeriodicWork
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);
    private readonly IServiceScopeFactory scopes;
    private readonly ILogger<ResourceCountsGauge> logger;
    private volatile IReadOnlyList<ResourceCount> snapshot = [];

    public ResourceCountsGauge(IServiceScopeFactory scopes, IMeterFactory meters, ILogger<ResourceCountsGauge> logger)
        : base(new Outage(RefreshInterval, RefreshInterval))
    {
        this.scopes = scopes;
        this.logger = logger;
        meters.Create(InnominatusMetrics.MeterName).CreateObservableGauge("innominatus_resources_total", Observe, description: "Resource instances by type and state.");
    }

    private IEnumerable<Measurement<long>> Observe() => snapshot.Select(c =>
        new Measurement<long>(c.Count, new KeyValuePair<string, object?>("type", c.Type), new KeyValuePair<string, object?>("state", c.State)));

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        snapshot = await db.Resources.AsNoTracking().GroupBy(r => new { r.Type, r.State })
            .Select(g => new ResourceCount(g.Key.Type, g.Key.State, g.LongCount())).ToListAsync(cancellationToken);
    }

    protected override async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        await RefreshAsync(cancellationToken);
        return false;
    }

    protected override Task WaitAsync(CancellationToken cancellationToken) => Task.Delay(RefreshInterval, cancellationToken);

    // Once per outage: the gauge keeps its last figures meanwhile.
    protected override void OnOutageStarted(Exception exception) => LogRefreshFailed(logger, exception.Message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not count resources for metrics: {Reason}")]
    private static partial void LogRefreshFailed(ILogger logger, string reason);
}
