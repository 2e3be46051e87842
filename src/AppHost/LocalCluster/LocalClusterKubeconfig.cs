namespace Innominatus.AppHost.LocalCluster;

/// <summary>Where the local cluster resource writes its kubeconfig, for the projects that use it.</summary>
public sealed record LocalClusterKubeconfig(string Path) : IResourceAnnotation;
