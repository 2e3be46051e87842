using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Steps;

namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>Waits until Deployments and StatefulSets report every replica ready; other kinds are ready once applied.</summary>
public sealed class KubernetesReadiness(KubernetesApplier applier)
{
    public async Task WaitAsync(IReadOnlyList<KubernetesObjectRef> targets, TimeSpan timeout, IStepLog log, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        foreach (var target in targets.Where(t => t.Kind is "Deployment" or "StatefulSet"))
        {
            while (true)
            {
                var current = await applier.GetAsync(target, cancellationToken);
                var (ready, wanted) = Replicas(current);
                if (ready >= wanted)
                {
                    log.Write($"{target} ready ({ready}/{wanted})");
                    break;
                }
                if (DateTimeOffset.UtcNow > deadline)
                {
                    throw new KubernetesStepException($"{target} not ready after {timeout}: {ready}/{wanted} replicas ready");
                }
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    private static (long Ready, long Wanted) Replicas(JsonObject? current)
    {
        var wanted = current?["spec"]?["replicas"]?.GetValue<long>() ?? 1;
        var status = current?["status"];
        var upToDate = (status?["observedGeneration"]?.GetValue<long>() ?? 0) >= (current?["metadata"]?["generation"]?.GetValue<long>() ?? 0);
        return (upToDate ? status?["readyReplicas"]?.GetValue<long>() ?? 0 : 0, wanted);
    }
}
