using System.Diagnostics;
using Innominatus.WorkflowService.Workflows.Kubernetes;
using Innominatus.WorkflowService.Workflows.Processes;
using Innominatus.WorkflowService.Workflows.Steps;
using k8s;

namespace Innominatus.WorkflowService.Workflows.Helm;

/// <summary>
/// Runs the helm binary (<c>Workflows:Helm:Path</c>, default <c>helm</c> on the service's PATH) confined like every
/// process step (<see cref="ProcessSandbox"/>: allow-listed environment, private workspace as HOME, unprivileged user
/// when the service is root). helm talks to the cluster the engine's own connection uses (<see cref="KubernetesConnection"/>):
/// in-cluster when the engine runs in-cluster, else the engine's kubeconfig and <c>Kubernetes:Context</c>; no step
/// config can name another.
/// </summary>
public sealed class HelmRunner(IConfiguration configuration, ProcessSandbox sandbox)
{
    public const string PathKey = "Workflows:Helm:Path";

    public ProcessSandbox Sandbox => sandbox;

    private string Configured => configuration[PathKey] is { Length: > 0 } path ? path : "helm";

    /// <summary>The helm binary to run, or null when there is none where <c>Workflows:Helm:Path</c> says.</summary>
    public string? Program => Configured.Contains('/', StringComparison.Ordinal)
        ? (File.Exists(Configured) ? Path.GetFullPath(Configured) : null)
        : ProcessRunner.FindOnPath(Configured);

    public string NotInstalled =>
        $"helm is not installed on this worker ('{Configured}' not found): install helm 3 on the workflow service's machine or set {PathKey} to its path";

    /// <param name="cluster">Whether helm needs the cluster (not for <c>helm template</c>).</param>
    public async Task<int> RunAsync(string program, IReadOnlyList<string> arguments, StepWorkspace workspace, bool cluster, IStepLog log, IStepLog? errors, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        var variables = cluster ? ClusterVariables(workspace).ToList() : [];
        await sandbox.ConfineAsync(start, workspace, variables, [], cancellationToken);
        var (exitCode, _) = await ProcessRunner.RunAsync(start, log, cancellationToken, errors);
        return exitCode;
    }

    private IEnumerable<KeyValuePair<string, string>> ClusterVariables(StepWorkspace workspace)
    {
        if (KubernetesConnection.InCluster(configuration) && KubernetesClientConfiguration.IsInCluster())
        {
            // client-go's in-cluster configuration: these two and the mounted service-account token.
            foreach (var name in new[] { "KUBERNETES_SERVICE_HOST", "KUBERNETES_SERVICE_PORT" })
            {
                yield return KeyValuePair.Create(name, Environment.GetEnvironmentVariable(name) ?? "");
            }
            yield break;
        }
        var kubeconfig = configuration["Kubernetes:Kubeconfig"] ?? Environment.GetEnvironmentVariable("KUBECONFIG");
        var path = string.IsNullOrEmpty(kubeconfig) ? KubernetesClientConfiguration.KubeConfigDefaultLocation : kubeconfig.Split(Path.PathSeparator)[0];
        if (!File.Exists(path))
        {
            throw new NoKubernetesClusterException(NoKubernetesClusterException.NoKubeconfig(string.IsNullOrEmpty(kubeconfig) ? null : path));
        }
        yield return KeyValuePair.Create("KUBECONFIG", StepEnvironment.ReadableKubeconfig(path, workspace));
        if (configuration["Kubernetes:Context"] is { Length: > 0 } context)
        {
            yield return KeyValuePair.Create("HELM_KUBECONTEXT", context);
        }
    }
}
