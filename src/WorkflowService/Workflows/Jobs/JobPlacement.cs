using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Kubernetes;
using Innominatus.WorkflowService.Workflows.Steps;
using Innominatus.WorkflowService.Workflows.Tenancy;

namespace Innominatus.WorkflowService.Workflows.Jobs;

/// <summary>
/// Which namespace a Job step runs in, and what it runs as there. The workflow's <c>namespace</c> parameter names a
/// team's namespace: never a reserved one, and one the run's team owns (<see cref="NamespaceOwnership"/>). Without
/// it, <c>JobNamespace</c>. The engine applies the ServiceAccount <c>innominatus-step</c> there and, outside reserved
/// namespaces, a RoleBinding of <c>JobClusterRole</c> to it: a step's powers never reach the platform's own namespace.
/// </summary>
public sealed class JobPlacement(KubernetesApplier applier, NamespaceOwnership ownership, ReservedNamespaces reserved, JobStepOptions options)
{
    public async Task<string> NamespaceAsync(StepRun run, CancellationToken cancellationToken)
    {
        if (run.Scope.Parameters["namespace"] is JsonValue value && value.ToString() is { Length: > 0 } ns)
        {
            if (reserved.IsReserved(ns))
            {
                throw new KubernetesStepException(reserved.Refusal(ns));
            }
            // A run for an application is held to its team's namespaces; a golden path or posted run to existing ones.
            var exists = run.Owner is { } owner
                ? await ownership.CheckAsync(ns, owner, cancellationToken)
                : await applier.GetAsync(new KubernetesObjectRef("v1", "Namespace", "namespaces", false, null, ns), cancellationToken) is not null;
            if (!exists)
            {
                throw new KubernetesStepException($"namespace {ns} does not exist: a process step runs as a Job in the workflow's namespace, so an earlier step must create it");
            }
            return ns;
        }
        return options.JobNamespace ?? throw new KubernetesStepException(
            "the workflow has no namespace parameter and Workflows:ProcessSteps:JobNamespace (or POD_NAMESPACE) is not set: there is nowhere to run the step's Job");
    }

    public async Task EnsureIdentityAsync(string ns, CancellationToken cancellationToken)
    {
        var labels = new JsonObject { [JobManifests.ManagedBy] = "innominatus" };
        var account = new JsonObject
        {
            ["apiVersion"] = "v1", ["kind"] = "ServiceAccount",
            ["metadata"] = new JsonObject { ["name"] = JobManifests.ServiceAccount, ["namespace"] = ns, ["labels"] = labels },
        };
        await applier.ApplyAsync(new KubernetesObjectRef("v1", "ServiceAccount", "serviceaccounts", true, ns, JobManifests.ServiceAccount), account, dryRun: false, cancellationToken);
        if (options.JobClusterRole is not { } role || reserved.IsReserved(ns))
        {
            return;
        }
        var binding = new JsonObject
        {
            ["apiVersion"] = "rbac.authorization.k8s.io/v1", ["kind"] = "RoleBinding",
            ["metadata"] = new JsonObject { ["name"] = JobManifests.ServiceAccount, ["namespace"] = ns, ["labels"] = labels.DeepClone() },
            ["roleRef"] = new JsonObject { ["apiGroup"] = "rbac.authorization.k8s.io", ["kind"] = "ClusterRole", ["name"] = role },
            ["subjects"] = new JsonArray(new JsonObject { ["kind"] = "ServiceAccount", ["name"] = JobManifests.ServiceAccount, ["namespace"] = ns }),
        };
        await applier.ApplyAsync(new KubernetesObjectRef("rbac.authorization.k8s.io/v1", "RoleBinding", "rolebindings", true, ns, JobManifests.ServiceAccount), binding, dryRun: false, cancellationToken);
    }
}
