using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Innominatus.Bench.Scenarios.Gateway;

/// <summary>
/// The time from <c>dotnet run</c> of the AppHost (Release, already built: run's up-to-date check is counted) until
/// the gateway's <c>/ready</c> answers 200 on its fixed port 8081, on local infrastructure in a scratch folder, with
/// the dashboard on free ports: first on the new folder, then again on the same one, as every later run starts; then
/// each service's resident memory after the second start-up and after a quiet minute.
/// Target: at most 30 s and 150 MB per service.
/// </summary>
public static class StartupScenario
{
    public const double TargetSeconds = 30;
    private const int GatewayPort = 8081;

    public static async Task RunAsync()
    {
        if (!LocalPorts.IsFree(GatewayPort))
        {
            throw new BenchFailure($"port {GatewayPort} is in use (another AppHost?): the gateway of a `dotnet run` listens there");
        }
        var repository = RepositoryRoot();
        var root = Directory.CreateTempSubdirectory("innominatus-bench-startup-").FullName;
        // A temporary folder is private (0700); a root AppHost runs PostgreSQL as the postgres account, which must enter it.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);
        }
        // Given, so that run mode does not generate them into the developer's user secrets; the same for both starts,
        // because the second reads what the first encrypted.
        var parameters = new[] { "bootstrap-admin-password", "gateway-client-secret", "workflow-outputs-key", "identity-stored-keys-key" }
            .Select(p => $"--Parameters:{p}={Guid.NewGuid():N}").ToArray();
        try
        {
            await StartOnceAsync(repository, root, parameters, "on a new data folder (initdb, RabbitMQ's first boot, every migration)", footprint: false);
            await StartOnceAsync(repository, root, parameters, "again on the same data folder (every later run)", footprint: true);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task StartOnceAsync(string repository, string root, string[] parameters, string label, bool footprint)
    {
        var start = new ProcessStartInfo("dotnet",
        [
            "run", "-c", "Release", "--project", Path.Combine(repository, "src", "AppHost"), "--no-launch-profile", "--",
            "--infra", "local", $"--LocalInfrastructure:Root={root}",
            "--LocalInfrastructure:EpmdPort=4375", "--LocalInfrastructure:RabbitDistributionPort=25678",
            .. parameters,
        ])
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = $"http://localhost:{FreePort()}";
        start.Environment["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = $"http://localhost:{FreePort()}";
        start.Environment["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = $"http://localhost:{FreePort()}";
        start.Environment["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true";
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var ready = await WaitReadyAsync(process, clock, TimeSpan.FromMinutes(4));
            if (ready is null)
            {
                throw new BenchFailure($"the gateway was not ready within 4 minutes; the AppHost's last lines:\n{string.Join('\n', output)}");
            }
            var seconds = ready.Value.TotalSeconds;
            Console.WriteLine($"dotnet run of the AppHost to the gateway's /ready, {label}: {seconds:0.0} s (target <= {TargetSeconds:0} s: {(seconds <= TargetSeconds ? "met" : "missed")})");
            if (footprint)
            {
                ServiceFootprint.Print(process.Id, "after start-up");
                await Task.Delay(TimeSpan.FromMinutes(1));
                ServiceFootprint.Print(process.Id, "after a quiet minute");
            }
        }
        finally
        {
            await StopAsync(process);
        }
    }

    private static async Task<TimeSpan?> WaitReadyAsync(Process process, Stopwatch clock, TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://localhost:{GatewayPort}"), Timeout = TimeSpan.FromSeconds(2) };
        while (clock.Elapsed < timeout && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/ready")).IsSuccessStatusCode)
                {
                    return clock.Elapsed;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        return null;
    }

    /// <summary>SIGTERM to the AppHost, so that it stops its services and DCP; whatever is left after a minute is killed.</summary>
    private static async Task StopAsync(Process process)
    {
        var appHost = ServiceFootprint.Descendants(process.Id).FirstOrDefault(pid => File.ReadAllText($"/proc/{pid}/cmdline").Contains("AppHost", StringComparison.Ordinal));
        using (var kill = Process.Start("kill", ["-TERM", (appHost == 0 ? process.Id : appHost).ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var wait = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }
        lines.Enqueue(line);
        while (lines.Count > 30 && lines.TryDequeue(out _))
        {
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "src", "AppHost", "AppHost.csproj")))
            {
                return dir.FullName;
            }
        }
        throw new BenchFailure("run the startup bench from the repository (src/AppHost not found above the current folder)");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
