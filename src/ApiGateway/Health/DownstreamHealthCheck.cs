using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Innominatus.ApiGateway.Health;

public sealed class DownstreamHealthCheck(IHttpClientFactory clients, string service) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var response = await clients.CreateClient(service).GetAsync("/ready", timeout.Token);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy($"{service} ready")
                : HealthCheckResult.Unhealthy($"{service} answered {(int)response.StatusCode}");
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{service} not reachable");
        }
    }
}
