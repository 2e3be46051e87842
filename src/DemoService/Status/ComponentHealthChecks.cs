using Innominatus.DemoService.Catalogue;
using Innominatus.DemoService.Installation;

namespace Innominatus.DemoService.Status;

/// <summary>
/// Runs each component's health check now: HTTP checks from here (<see cref="HttpHealthCheck"/>), Deployment and
/// StatefulSet readiness through the WorkflowService's engine connection (one Kubernetes layer, not a second client).
/// </summary>
public sealed class ComponentHealthChecks(HttpHealthCheck http, WorkflowServiceClient workflows)
{
    public async Task<Dictionary<string, HealthResult>> CheckAsync(IReadOnlyList<DemoComponent> components, string principal, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, HealthResult>();
        var byHttp = components.Where(c => c.Health.Path is not null && c.Host is not null).ToList();
        var httpChecks = byHttp.Select(c => http.CheckAsync(c, cancellationToken)).ToList();
        var byCluster = components.Where(c => c.Health.Deployment is not null || c.Health.StatefulSet is not null).ToList();
        if (byCluster.Count > 0)
        {
            var targets = byCluster.Select(Target).ToList();
            try
            {
                var answer = await workflows.ReadinessAsync(targets, principal, cancellationToken);
                foreach (var (component, found) in byCluster.Zip(answer.Objects))
                {
                    results[component.Name] = new HealthResult(found.Ready, found.LatencyMs, found.Detail);
                }
            }
            catch (WorkflowServiceException e)
            {
                foreach (var component in byCluster)
                {
                    results[component.Name] = new HealthResult(false, null, e.Message);
                }
            }
        }
        foreach (var (component, check) in byHttp.Zip(await Task.WhenAll(httpChecks)))
        {
            results[component.Name] = check;
        }
        return results;
    }

    private static ReadinessTarget Target(DemoComponent c) =>
        c.Health.Deployment is { } deployment ? new("Deployment", c.Namespace, deployment) : new("StatefulSet", c.Namespace, c.Health.StatefulSet!);
}
