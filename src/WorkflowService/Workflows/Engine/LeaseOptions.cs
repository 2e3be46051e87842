namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// <c>Workflows:Leases:*</c>: how long a claim on a running step holds without a heartbeat (<c>DurationSeconds</c>,
/// default 30), how often a worker renews the claims of its running steps (<c>HeartbeatSeconds</c>, default a third of
/// the duration) and how often the reaper looks for claims that have passed (<c>ReaperSeconds</c>, default 5).
/// </summary>
public sealed record LeaseOptions(TimeSpan Duration, TimeSpan Heartbeat, TimeSpan ReaperInterval)
{
    public static LeaseOptions From(IConfiguration configuration)
    {
        var duration = TimeSpan.FromSeconds(Math.Max(0.5, configuration.GetValue("Workflows:Leases:DurationSeconds", 30.0)));
        var heartbeat = configuration.GetValue<double?>("Workflows:Leases:HeartbeatSeconds") is { } seconds ? TimeSpan.FromSeconds(seconds) : duration / 3;
        if (heartbeat <= TimeSpan.Zero || heartbeat >= duration)
        {
            throw new InvalidOperationException($"Workflows:Leases:HeartbeatSeconds ({heartbeat.TotalSeconds} s) must be above zero and below Workflows:Leases:DurationSeconds ({duration.TotalSeconds} s)");
        }
        var reaper = TimeSpan.FromSeconds(Math.Max(0.1, configuration.GetValue("Workflows:Leases:ReaperSeconds", 5.0)));
        return new LeaseOptions(duration, heartbeat, reaper);
    }
}
