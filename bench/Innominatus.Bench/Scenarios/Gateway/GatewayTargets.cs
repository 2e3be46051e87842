using Innominatus.Bench.Load;

namespace Innominatus.Bench.Scenarios.Gateway;

/// <summary>
/// The targets of issue #16, as ratios of one run: the gateway adds at most 1.5 times the p50 latency nginx adds to
/// the direct path, and keeps at least 80% of nginx's throughput at 16 concurrent callers.
/// </summary>
public static class GatewayTargets
{
    public const double AddedLatencyRatio = 1.5;
    public const double ThroughputShare = 0.80;
    public const int ThroughputConcurrency = 16;

    public static void Print(string route, int concurrency, LoadResult direct, LoadResult nginx, LoadResult gateway)
    {
        var nginxAdds = nginx.P50Ms - direct.P50Ms;
        var gatewayAdds = gateway.P50Ms - direct.P50Ms;
        // On a shared machine nginx's share can vanish in the noise: then only a gateway that adds nothing either meets it.
        var ratio = nginxAdds > 0 ? gatewayAdds / nginxAdds : gatewayAdds <= 0 ? 0 : double.PositiveInfinity;
        var met = ratio <= AddedLatencyRatio;
        Console.WriteLine(
            $"  {route} c={concurrency}: nginx adds {nginxAdds:0.000} ms to p50, the gateway {gatewayAdds:0.000} ms = " +
            (double.IsInfinity(ratio) ? "n/a (nginx added nothing measurable)" : $"{ratio:0.00} x nginx") +
            $" (target <= {AddedLatencyRatio}: {(met ? "met" : "missed")})");
        var share = gateway.RequestsPerSecond / nginx.RequestsPerSecond;
        Console.WriteLine(
            $"  {route} c={concurrency}: the gateway keeps {share:P0} of nginx's throughput ({gateway.RequestsPerSecond:0} vs {nginx.RequestsPerSecond:0} req/s)" +
            (concurrency == ThroughputConcurrency ? $" (target >= {ThroughputShare:P0}: {(share >= ThroughputShare ? "met" : "missed")})" : ""));
        if (direct.Errors + nginx.Errors + gateway.Errors > 0)
        {
            Console.WriteLine($"  {route} c={concurrency}: failed responses (direct {direct.Errors}, nginx {nginx.Errors}, gateway {gateway.Errors}): the figures above are not comparable");
        }
    }

    /// <summary>All rounds' requests over all rounds' time; percentiles as the request-weighted mean of the rounds'.</summary>
    public static LoadResult Combine(List<LoadResult> runs)
    {
        var requests = runs.Sum(r => r.Requests);
        return new LoadResult(runs[0].Target, runs[0].Concurrency, requests, runs.Sum(r => r.Errors),
            TimeSpan.FromTicks(runs.Sum(r => r.Elapsed.Ticks)),
            runs.Sum(r => r.P50Ms * r.Requests) / requests,
            runs.Sum(r => r.P99Ms * r.Requests) / requests);
    }
}
