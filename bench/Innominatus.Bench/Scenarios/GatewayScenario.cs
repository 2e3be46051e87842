using System.Diagnostics;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Innominatus.Bench.Load;
using Innominatus.Bench.Scenarios.Gateway;
using Innominatus.ServiceDefaults.Security;

namespace Innominatus.Bench.Scenarios;

/// <summary>
/// The workflow service directly, through Debian's nginx and through the gateway, for <c>GET /health/workflow</c>
/// (public) and <c>GET /api/applications</c> (an API key at the gateway; nginx and the direct path send the principal
/// token the gateway would forward), in rounds that alternate the three paths, with the gateway's authentication,
/// rate limits (set high enough never to refuse), metrics, and tracing (the dashboard runs and collects the spans;
/// BENCH_TRACING=off runs without it, and so without spans). Prints each target of issue #16
/// with "met" or "missed", and each service's resident memory after start-up and after the load.
/// BENCH_PATHS=gateway (or direct, nginx; comma-separated) measures only those paths, e.g. while a profiler is attached.
/// </summary>
public static class GatewayScenario
{
    private const int Rounds = 4;

    public static async Task RunAsync(BenchOptions options)
    {
        var tracing = Environment.GetEnvironmentVariable("BENCH_TRACING") != "off";
        Console.WriteLine($"Starting the system (local PostgreSQL and RabbitMQ, tracing {(tracing ? "on: the dashboard collects the spans" : "off")})...");
        var clock = Stopwatch.StartNew();
        // The gateway listens on its own port, as nginx does: Aspire's development proxy would otherwise sit in front of
        // the gateway only. Both reach the workflow service through the same proxied address (service discovery's).
        var gatewayPort = NginxProxy.FreePort();
        var (app, root) = await LocalSystem.StartAsync(BenchCaller.AdminPassword, builder =>
            builder.CreateResourceBuilder<ProjectResource>("gateway")
                .WithEndpoint("http", endpoint =>
                {
                    endpoint.IsProxied = false;
                    endpoint.Port = gatewayPort;
                    endpoint.TargetPort = gatewayPort;
                })
                .WithEnvironment("Gateway__RequestsPerWindow", "1000000000")
                .WithEnvironment("Gateway__RequestsPerAddressPerWindow", "1000000000"), dashboard: tracing);
        Console.WriteLine($"system started in {clock.Elapsed.TotalSeconds:0.0} s (testing builder, not counting the build)");
        try
        {
            ServiceFootprint.Print(Environment.ProcessId, "after start-up");
            var serviceAddress = app.GetEndpoint("workflow-service", "http");
            var gatewayAddress = app.GetEndpoint("gateway", "http");
            await using var nginx = await NginxProxy.StartAsync(serviceAddress);
            var caller = await BenchCaller.CreateAsync(app, gatewayAddress);
            var principal = (InternalCallerDefaults.HeaderName, caller.PrincipalToken);
            var apiKey = ("X-API-Key", caller.ApiKey);
            using var direct = Client(serviceAddress);
            using var directAuth = Client(serviceAddress, principal);
            using var viaNginx = Client(nginx.Address);
            using var viaNginxAuth = Client(nginx.Address, principal);
            using var gateway = Client(gatewayAddress);
            using var gatewayAuth = Client(gatewayAddress, apiKey);
            GatewayRoute[] routes =
            [
                new("/health/workflow", new("direct /health", direct, "/health"), new("nginx /health/workflow", viaNginx, "/health/workflow"),
                    new("gateway /health/workflow", gateway, "/health/workflow")),
                new("/api/applications", new("direct /api/applications", directAuth, "/api/applications"),
                    new("nginx /api/applications", viaNginxAuth, "/api/applications"), new("gateway /api/applications", gatewayAuth, "/api/applications")),
            ];
            var only = Environment.GetEnvironmentVariable("BENCH_PATHS")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var path in routes.SelectMany(r => r.Paths))
            {
                await LoadRunner.RunAsync("warm-up", path.Client, path.Path, 4, TimeSpan.FromSeconds(2));
            }

            Console.WriteLine($"{Environment.ProcessorCount} cores (shared with the system under test), {options.Duration.TotalSeconds:0} s per figure in {Rounds} rounds alternating direct, nginx, gateway");
            foreach (var concurrency in options.Concurrency)
            {
                foreach (var route in routes)
                {
                    var runs = route.Paths.Select(_ => new List<LoadResult>()).ToArray();
                    for (var round = 0; round < Rounds; round++)
                    {
                        for (var i = 0; i < runs.Length; i++)
                        {
                            var path = route.Paths[i];
                            if (only is null || only.Any(o => path.Name.StartsWith(o, StringComparison.OrdinalIgnoreCase)))
                            {
                                runs[i].Add(await LoadRunner.RunAsync(path.Name, path.Client, path.Path, concurrency, options.Duration / Rounds));
                            }
                        }
                    }
                    var results = runs.Where(r => r.Count > 0).Select(GatewayTargets.Combine).ToArray();
                    foreach (var result in results)
                    {
                        Console.WriteLine(result);
                    }
                    if (results.Length == 3)
                    {
                        GatewayTargets.Print(route.Name, concurrency, results[0], results[1], results[2]);
                    }
                }
            }
            ServiceFootprint.Print(Environment.ProcessId, "after the load");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Directory.Delete(root, recursive: true);
        }
    }

    private static HttpClient Client(Uri baseAddress, (string Name, string Value)? header = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10), UseCookies = false })
        {
            BaseAddress = baseAddress,
        };
        if (header is { } h)
        {
            client.DefaultRequestHeaders.Add(h.Name, h.Value);
        }
        return client;
    }
}
