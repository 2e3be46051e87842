using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Innominatus.ServiceDefaults.Kubernetes;

/// <summary>
/// Keeps serving for <c>Shutdown:DelaySeconds</c> after the stop signal, before anything stops (default 5 s in
/// Kubernetes, none elsewhere). A terminating pod leaves its Service only once kube-proxy has caught up; a request
/// routed to it in between would be refused, which the gateway answers with 502 during every rolling update.
/// </summary>
public sealed class ShutdownDelay(TimeSpan delay) : IHostedLifecycleService
{
    public TimeSpan Delay { get; } = delay;

    public static ShutdownDelay From(IConfiguration configuration) =>
        new(TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Shutdown:DelaySeconds", KubernetesEnvironment.IsInCluster(configuration) ? 5.0 : 0.0))));

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown timeout passed: stop now.
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
