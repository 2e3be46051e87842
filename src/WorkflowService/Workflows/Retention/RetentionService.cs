using System.Diagnostics.Metrics;
using Innominatus.ServiceDefaults.Metrics;
using Microsoft.Extensions.Options;

namespace Innominatus.WorkflowService.Workflows.Retention;

/// <summary>
/// Sweeps old finished runs every <c>Workflows:Retention:IntervalMinutes</c>, first a minute after start-up, and says
/// what it removed (log line and <c>innominatus_workflow_retention_removed_total{kind}</c>). Replicas may sweep at once:
/// each skips the runs another has locked.
/// </summary>
public sealed partial class RetentionService(RunRetention retention, IOptions<RetentionOptions> options, IMeterFactory meters, ILogger<RetentionService> logger) : BackgroundService
{
    private static readonly TimeSpan FirstSweep = TimeSpan.FromMinutes(1);
    private readonly Counter<long> removed = meters.Create(InnominatusMetrics.MeterName)
        .CreateCounter<long>("innominatus_workflow_retention_removed", description: "Runs, steps and log lines deleted by the retention sweep, by kind.");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Days <= 0)
        {
            return;
        }
        try
        {
            await Task.Delay(FirstSweep, stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.IntervalMinutes)));
            do
            {
                await SweepOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SweepOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            var sweep = await retention.SweepAsync(stoppingToken);
            removed.Add(sweep.Runs, new KeyValuePair<string, object?>("kind", "run"));
            removed.Add(sweep.Steps, new KeyValuePair<string, object?>("kind", "step"));
            removed.Add(sweep.LogLines, new KeyValuePair<string, object?>("kind", "log_line"));
            Swept(sweep.Runs, sweep.Steps, sweep.LogLines, options.Value.Days);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next tick tries again: a database blip must not end the sweeping for good.
            SweepFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention removed {Runs} finished runs, {Steps} steps and {LogLines} log lines older than {Days} days")]
    private partial void Swept(int runs, int steps, int logLines, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention sweep failed; it is tried again at the next interval")]
    private partial void SweepFailed(Exception exception);
}
