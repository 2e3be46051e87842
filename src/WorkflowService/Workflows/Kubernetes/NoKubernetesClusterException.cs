namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>
/// No cluster is configured: retrying cannot help, so the step fails at once with the one sentence that says how to
/// configure one.
/// </summary>
public sealed class NoKubernetesClusterException(string message) : Exception(message)
{
    public static string NoKubeconfig(string? path) =>
        "No Kubernetes cluster is configured" + (path is null ? "" : $" (no kubeconfig at {path})")
        + ": set KUBECONFIG (or Kubernetes:Kubeconfig) for the WorkflowService, or start the AppHost with --local-cluster to run the local cluster (docs/kubernetes.md).";

    public static string Unreachable(Uri? server, string reason) =>
        $"The Kubernetes API server {server?.ToString().TrimEnd('/') ?? "(unknown)"} cannot be reached ({reason}): start that cluster or point KUBECONFIG (or Kubernetes:Kubeconfig) at one that runs (docs/kubernetes.md).";
}
