using Innominatus.DemoService.Catalogue;
using Innominatus.ServiceDefaults.Kubernetes;

namespace Innominatus.DemoService.Installation;

/// <summary>
/// Where this installation's platform-config repository is. <see cref="EngineUrl"/> is Gitea as the engine's
/// <c>gitea-repo</c> step reaches it: in Kubernetes mode its http Service (<c>*.localtest.me</c> would be the pod
/// itself), outside the ingress host; <c>Demo:GiteaAddress</c> overrides both. <see cref="RepoUrl"/> is always the
/// in-cluster one, since ArgoCD runs in the cluster whatever mode Innominatus runs in.
/// </summary>
public sealed record PlatformConfigTarget(PlatformConfig Config, DemoComponent Gitea, DemoComponent Argocd, Uri EngineUrl)
{
    public string RepoUrl => $"{Config.Service.Url(Gitea.Namespace)}{Config.Owner}/{Config.Repository}.git";

    /// <summary>Null when the catalogue wires no platform-config repository.</summary>
    public static PlatformConfigTarget? For(ComponentCatalogue catalogue, IConfiguration configuration)
    {
        if (catalogue.PlatformConfig is not { } config)
        {
            return null;
        }
        // The catalogue's rules made sure both components exist and Gitea has a host.
        var gitea = catalogue.Find(config.Gitea)!;
        var engineUrl = configuration["Demo:GiteaAddress"] is { Length: > 0 } configured ? new Uri(configured.TrimEnd('/') + "/")
            : KubernetesEnvironment.IsInCluster(configuration) ? config.Service.Url(gitea.Namespace)
            : new Uri($"http://{gitea.Host}/");
        return new PlatformConfigTarget(config, gitea, catalogue.Find(config.Argocd)!, engineUrl);
    }
}
