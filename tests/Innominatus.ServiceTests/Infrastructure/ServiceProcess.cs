using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>
/// The workflow service as a real operating-system process (its built dll run by dotnet), so a test can kill it
/// with SIGKILL mid-run and start it again on the same database and broker.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;

    private ServiceProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ServiceProcess> StartAsync(string assemblyName, IReadOnlyDictionary<string, string> environment, int port = 0)
    {
        port = port == 0 ? FreePort() : port;
        var dll = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        var start = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new ServiceProcess(process, new Uri($"http://127.0.0.1:{port}"));
        using var client = new HttpClient { BaseAddress = service.Address };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                if ((await client.GetAsync("/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return service;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            Assert.False(process.HasExited, $"{assemblyName} exited with code {(process.HasExited ? process.ExitCode : 0)} while starting");
            Assert.True(DateTime.UtcNow < deadline, $"{assemblyName} was not ready within 60 s");
            await Task.Delay(200);
        }
    }

    public HttpClient Client() => new() { BaseAddress = Address };

    /// <summary>SIGKILL: no shutdown hook runs, unacknowledged messages go back to the queue.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
