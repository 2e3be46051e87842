using Innominatus.AppHost.Infrastructure;

namespace Innominatus.AppHost.LocalCluster;

public static class LocalClusterExtensions
{
    public const string NeedsRoot = "--local-cluster needs root (the cluster runs containerd and sets up iptables): start the AppHost with sudo, or set KUBECONFIG to a cluster you have.";

    /// <summary>
    /// eng/k8s-cluster-run.sh as an executable: it starts the cluster, stays in the foreground and stops it when DCP
    /// stops it (SIGTERM). Healthy once its kubeconfig exists, which the script writes when the API server is ready.
    /// State lives under the local infrastructure's root, next to PostgreSQL's and RabbitMQ's. Null when the option is
    /// off or when publishing: the manifests describe no local cluster.
    /// </summary>
    public static IResourceBuilder<ExecutableResource>? AddLocalCluster(this IDistributedApplicationBuilder builder, LocalClusterOption option)
    {
        if (!option.Enabled || !builder.ExecutionContext.IsRunMode)
        {
            return null;
        }
        if (!Environment.IsPrivilegedProcess)
        {
            Console.Error.WriteLine(NeedsRoot);
            Environment.Exit(1);
        }
        var state = Path.Combine(LocalInfrastructureSettings.From(builder.Configuration).Root, "k8s-cluster");
        Directory.CreateDirectory(state);
        var kubeconfig = KubeconfigPath(state);
        // A kubeconfig left by an earlier run would report the cluster ready before this one is.
        File.Delete(kubeconfig);
        var script = Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..", "..", "eng", "k8s-cluster-run.sh"));
        builder.Services.AddHealthChecks().AddCheck("local-cluster-ready", () => File.Exists(kubeconfig)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"waiting for {kubeconfig}"));
        return builder.AddExecutable("local-cluster", script, state, state)
            .WithAnnotation(new LocalClusterKubeconfig(kubeconfig))
            .WithHealthCheck("local-cluster-ready");
    }

    /// <summary>Points the project's Kubernetes steps at the local cluster and starts it only once the cluster is ready.</summary>
    public static IResourceBuilder<ProjectResource> WithLocalCluster(this IResourceBuilder<ProjectResource> project, IResourceBuilder<ExecutableResource>? cluster)
    {
        if (cluster is null)
        {
            return project;
        }
        var kubeconfig = cluster.Resource.Annotations.OfType<LocalClusterKubeconfig>().Single().Path;
        return project.WithEnvironment("Kubernetes__Kubeconfig", kubeconfig).WaitFor(cluster);
    }

    public static string KubeconfigPath(string state) => Path.Combine(state, "kubeconfig");
}
