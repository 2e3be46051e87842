using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Innominatus.Bench.Load;

namespace Innominatus.Bench.Scenarios;

/// <summary>
/// GET /health on the workflow service directly and through the gateway (/health/workflow), alternating rounds
/// in one run so that both see the same machine. Targets: the gateway adds at most 20% to p50 latency and keeps at
/// least 80% of the direct throughput.
/// </summary>
public static class GatewayScenario
{
    public static async Task RunAsync(BenchOptions options)
    {
        Console.WriteLine("Starting the system (local PostgreSQL and RabbitMQ)...");
        var (app, root) = await LocalSystem.StartAsync();
        try
        {
            using var direct = Client(app.GetEndpoint("workflow-service", "http"));
            using var gateway = Client(app.GetEndpoint("gateway", "http"));
            await LoadRunner.RunAsync("warm-up", direct, "/health", 4, TimeSpan.FromSeconds(2));
            await LoadRunner.RunAsync("warm-up", gateway, "/health/workflow", 4, TimeSpan.FromSeconds(2));

            Console.WriteLine($"{Environment.ProcessorCount} cores, {options.Duration.TotalSeconds:0} s per measurement, rounds alternate direct/gateway");
            foreach (var concurrency in options.Concurrency)
            {
                var half = options.Duration / 2;
                var directRuns = new List<LoadResult>();
                var gatewayRuns = new List<LoadResult>();
                for (var round = 0; round < 2; round++)
                {
                    directRuns.Add(await LoadRunner.RunAsync("workflow-service /health (direct)", direct, "/health", concurrency, half));
                    gatewayRuns.Add(await LoadRunner.RunAsync("gateway /health/workflow", gateway, "/health/workflow", concurrency, half));
                }
                var d = Combine(directRuns);
                var g = Combine(gatewayRuns);
                Console.WriteLine(d);
                Console.WriteLine(g);
                var addedP50 = g.P50Ms / d.P50Ms - 1;
                var throughput = g.RequestsPerSecond / d.RequestsPerSecond;
                Console.WriteLine(
                    $"  ratio c={concurrency}: gateway adds {addedP50:P0} to p50 (target <= 20%: {(addedP50 <= 0.20 ? "met" : "missed")}), " +
                    $"keeps {throughput:P0} of throughput (target >= 80%: {(throughput >= 0.80 ? "met" : "missed")})");
            }
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(root, recursive: true);
        }
    }

    private static HttpClient Client(Uri baseAddress) => new(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        BaseAddress = baseAddress,
    };

    /// <summary>Both rounds' requests over both rounds' time; percentiles as the request-weighted mean of the rounds'.</summary>
    private static LoadResult Combine(List<LoadResult> runs)
    {
        var requests = runs.Sum(r => r.Requests);
        return new LoadResult(runs[0].Target, runs[0].Concurrency, requests, runs.Sum(r => r.Errors),
            TimeSpan.FromTicks(runs.Sum(r => r.Elapsed.Ticks)),
            runs.Sum(r => r.P50Ms * r.Requests) / requests,
            runs.Sum(r => r.P99Ms * r.Requests) / requests);
    }
}
