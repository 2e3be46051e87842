using System.Diagnostics;
using Innominatus.WorkflowService.Workflows.Kubernetes;

namespace Innominatus.WorkflowService.PlatformReadiness;

/// <summary>
/// Reads Deployments and StatefulSets through the engine's own Kubernetes connection, so the DemoService needs no
/// Kubernetes client of its own; ready means what a kubernetes step's <c>wait: ready</c> means.
/// </summary>
public sealed class PlatformReadinessReader(KubernetesApplier applier, KubernetesConnection connection)
{
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>
    {
        ["Deployment"] = "deployments",
        ["StatefulSet"] = "statefulsets",
    };

    public async Task<ObjectReadiness> ReadAsync(string kind, string ns, string name, CancellationToken cancellationToken)
    {
        var target = new KubernetesObjectRef("apps/v1", kind, Kinds[kind], true, ns, name);
        var clock = Stopwatch.StartNew();
        try
        {
            var current = await applier.GetAsync(target, cancellationToken);
            var (ready, progress) = current is null ? (false, "not found") : KubernetesReadiness.Check("ready", target, current);
            return new ObjectReadiness(kind, ns, name, ready, progress, clock.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is KubernetesStepException or NoKubernetesClusterException)
        {
            return new ObjectReadiness(kind, ns, name, false, e.Message, clock.ElapsedMilliseconds);
        }
        catch (HttpRequestException e)
        {
            return new ObjectReadiness(kind, ns, name, false, NoKubernetesClusterException.Unreachable(connection.Server, e.Message), clock.ElapsedMilliseconds);
        }
    }
}
