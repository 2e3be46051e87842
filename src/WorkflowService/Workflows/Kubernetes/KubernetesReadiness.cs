using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Steps;

namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>
/// <c>wait.for</c>: <c>ready</c> (Deployments and StatefulSets report every replica ready; other kinds are ready once
/// applied), <c>complete</c> (Jobs succeeded; a failed Job fails the step at once) or <c>deleted</c> (the objects are gone).
/// </summary>
public sealed class KubernetesReadiness(KubernetesApplier applier)
{
    public async Task WaitAsync(IReadOnlyList<KubernetesObjectRef> targets, string condition, TimeSpan timeout, IStepLog log, CancellationToken cancellationToken)
    {
        var deadline = DateTimeOffset.UtcNow + timeout;
        var backoff = new PollBackoff();
        foreach (var target in targets.Where(t => Applies(condition, t)))
        {
            while (true)
            {
                var current = await applier.GetAsync(target, cancellationToken);
                var (done, progress) = Check(condition, target, current);
                if (done)
                {
                    log.Write($"{target} {condition} ({progress})");
                    break;
                }
                if (DateTimeOffset.UtcNow > deadline)
                {
                    throw new KubernetesStepException($"{target} not {condition} after {timeout}: {progress}");
                }
                await backoff.WaitAsync(cancellationToken);
            }
        }
    }

    private static bool Applies(string condition, KubernetesObjectRef target) => condition switch
    {
        "ready" => target.Kind is "Deployment" or "StatefulSet",
        "complete" => target.Kind == "Job",
        _ => true,
    };

    /// <summary>Whether <paramref name="current"/> meets the condition now, and how far it is (also read by the readiness route).</summary>
    public static (bool Done, string Progress) Check(string condition, KubernetesObjectRef target, JsonObject? current)
    {
        if (condition == "deleted")
        {
            return (current is null, current is null ? "gone" : "still present");
        }
        var status = current?["status"];
        if (condition == "complete")
        {
            var failed = (status?["conditions"] as JsonArray)?.Any(c => c?["type"]?.ToString() == "Failed" && c["status"]?.ToString() == "True") == true;
            if (failed)
            {
                throw new KubernetesStepException($"{target} failed: {status?["conditions"]?.ToJsonString()}");
            }
            var succeeded = status?["succeeded"]?.GetValue<long>() ?? 0;
            return (succeeded >= 1, $"{succeeded} succeeded");
        }
        var wanted = current?["spec"]?["replicas"]?.GetValue<long>() ?? 1;
        var upToDate = (status?["observedGeneration"]?.GetValue<long>() ?? 0) >= (current?["metadata"]?["generation"]?.GetValue<long>() ?? 0);
        var ready = upToDate ? status?["readyReplicas"]?.GetValue<long>() ?? 0 : 0;
        return (ready >= wanted, $"{ready}/{wanted} replicas ready");
    }
}
