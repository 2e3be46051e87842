namespace Innominatus.AppHost.Infrastructure;

public static class KubernetesTargetExtensions
{
    /// <summary>
    /// The cluster the workflow engine's Kubernetes steps target: <c>--Kubernetes:Kubeconfig</c> (or the AppHost's own
    /// <c>KUBECONFIG</c>) and <c>--Kubernetes:Context</c>. Without them the service uses ~/.kube/config. Only when
    /// running: a published deployment runs in its cluster and uses the in-cluster configuration.
    /// </summary>
    public static IResourceBuilder<ProjectResource> WithKubernetesTarget(this IResourceBuilder<ProjectResource> project, IConfiguration configuration)
    {
        if (!project.ApplicationBuilder.ExecutionContext.IsRunMode)
        {
            return project;
        }
        if ((configuration["Kubernetes:Kubeconfig"] ?? Environment.GetEnvironmentVariable("KUBECONFIG")) is { Length: > 0 } kubeconfig)
        {
            project.WithEnvironment("Kubernetes__Kubeconfig", kubeconfig);
        }
        if (configuration["Kubernetes:Context"] is { Length: > 0 } context)
        {
            project.WithEnvironment("Kubernetes__Context", context);
        }
        return project;
    }
}
