extern alias gateway;
using Innominatus.ServiceTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Innominatus.ServiceTests.Gateway;

/// <summary>
/// The gateway in-process, signing callers with the test key of <see cref="InternalCallerTokens"/>. By default the
/// services behind it resolve to a closed port, so proxied calls fail with 502 and credential checks with 503;
/// <paramref name="services"/> points them at running services.
/// </summary>
public sealed class GatewayFactory(IReadOnlyDictionary<string, string>? settings = null, IReadOnlyDictionary<string, Uri>? services = null)
    : WebApplicationFactory<gateway::Program>
{
    public LogSink Logs { get; } = new();

    /// <summary>
    /// Starts the gateway on Kestrel at 127.0.0.1, for tests where the peer's address matters (the in-memory test
    /// server has none, which forwarded-header handling would treat as a trusted proxy).
    /// </summary>
    public HttpClient StartOnLoopback()
    {
        var port = ServiceFactory<gateway::Program>.FreePort();
        UseKestrel(port);
        StartServer();
        return new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var service in new[] { "workflow-service", "identity-service", "demo-service", "web" })
        {
            var address = services?.GetValueOrDefault(service)?.ToString().TrimEnd('/') ?? "http://127.0.0.1:1";
            builder.UseSetting($"services:{service}:http:0", address);
        }
        builder.UseSetting("Gateway:IdentityClient:ClientSecret", "unused-in-this-test");
        foreach (var (key, value) in InternalCallerTokens.GatewaySettings.Concat(settings ?? new Dictionary<string, string>()))
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}
