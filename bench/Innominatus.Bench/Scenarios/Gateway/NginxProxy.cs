using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Innominatus.Bench.Scenarios.Gateway;

/// <summary>
/// Debian's nginx (/usr/sbin/nginx, packages nginx-light or nginx; the bench does not install it) as a plain reverse
/// proxy in front of the same service address the gateway uses: keep-alive upstream, no access log, its own prefix
/// and config in a temporary folder, in the foreground (no daemon, no root needed). /health/workflow is rewritten to
/// /health as the gateway's route does; every other path is proxied unchanged, credentials unchecked.
/// </summary>
public sealed class NginxProxy(Process process, string folder, Uri address) : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/nginx";

    public Uri Address { get; } = address;

    public static async Task<NginxProxy> StartAsync(Uri upstream)
    {
        if (!File.Exists(Executable))
        {
            throw new BenchFailure($"{Executable} is missing: install Debian's nginx (apt-get install -y nginx-light) to compare the gateway with it");
        }
        var folder = Directory.CreateTempSubdirectory("innominatus-bench-nginx-").FullName;
        var port = FreePort();
        File.WriteAllText(Path.Combine(folder, "nginx.conf"), Config(folder, port, upstream));
        var start = new ProcessStartInfo(Executable, ["-p", folder + "/", "-c", Path.Combine(folder, "nginx.conf"), "-e", Path.Combine(folder, "error.log")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var proxy = new NginxProxy(process, folder, new Uri($"http://127.0.0.1:{port}"));
        using var client = new HttpClient { BaseAddress = proxy.Address };
        for (var i = 0; i < 100; i++)
        {
            if (process.HasExited)
            {
                break;
            }
            try
            {
                await client.GetAsync("/health/workflow");
                return proxy;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        var log = File.Exists(Path.Combine(folder, "error.log")) ? File.ReadAllText(Path.Combine(folder, "error.log")) : "";
        await proxy.DisposeAsync();
        throw new BenchFailure($"nginx did not start: {log.Trim()}");
    }

    /// <summary>
    /// As many workers as cores (the package's default, "auto"), HTTP/1.1 with a pool of idle keep-alive connections
    /// to the upstream, as YARP keeps its own pool.
    /// </summary>
    private static string Config(string folder, int port, Uri upstream)
    {
        var host = upstream.Host == "localhost" ? "127.0.0.1" : upstream.Host;
        return string.Create(CultureInfo.InvariantCulture, $$"""
            daemon off;
            master_process on;
            worker_processes auto;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 4096; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                upstream workflow {
                    server {{host}}:{{upstream.Port}};
                    keepalive 64;
                }
                server {
                    listen 127.0.0.1:{{port}};
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    proxy_set_header Host $host;
                    location = /health/workflow { proxy_pass http://workflow/health; }
                    location / { proxy_pass http://workflow; }
                }
            }
            """);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
