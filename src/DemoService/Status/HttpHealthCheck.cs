using System.Diagnostics;
using Innominatus.DemoService.Catalogue;

namespace Innominatus.DemoService.Status;

/// <summary>
/// A component's HTTP health check, run from the DemoService: <c>GET</c> of the component's path at
/// <see cref="HealthTarget"/>, with the component's host as the Host header. Ready means an answer below 400 within <c>Demo:HealthTimeoutSeconds</c>
/// (default 5); redirects are not followed.
/// </summary>
/// <remarks>
/// Its own HttpClient, not the factory's: the service defaults add retries, which would hide a failing component and
/// inflate the latency this check reports.
/// </remarks>
public sealed class HttpHealthCheck(IConfiguration configuration) : IDisposable
{
    private readonly HttpClient http = new(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(1) });

    public void Dispose() => http.Dispose();

    public async Task<HealthResult> CheckAsync(DemoComponent component, CancellationToken cancellationToken)
    {
        var path = component.Health.Path ?? "/";
        using var request = new HttpRequestMessage(HttpMethod.Get, HealthTarget.For(configuration, component.Host!, path));
        request.Headers.Host = component.Host;
        var seconds = configuration.GetValue("Demo:HealthTimeoutSeconds", 5);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            return new HealthResult(status < 400, clock.ElapsedMilliseconds, $"HTTP {status}");
        }
        catch (HttpRequestException e)
        {
            return new HealthResult(false, null, $"no answer from {request.RequestUri}: {e.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthResult(false, clock.ElapsedMilliseconds, $"no answer from {request.RequestUri} within {seconds}s");
        }
    }
}
