namespace Innominatus.DemoService.Catalogue;

/// <summary>
/// The catalogue's <c>platformConfig</c>: the Gitea repository demo-time seeds with the app-of-apps
/// (<see cref="PlatformConfigFiles"/>) in component <see cref="Gitea"/>, owned by its admin user <see cref="Owner"/>
/// (whose password is key <see cref="PasswordKey"/> of that component's credentials), and synced by the ArgoCD of
/// component <see cref="Argocd"/>, which reaches Gitea inside the cluster at its http <see cref="Service"/>.
/// </summary>
public sealed record PlatformConfig
{
    public string Gitea { get; init; } = "";

    public string Argocd { get; init; } = "";

    public string Owner { get; init; } = "";

    public string PasswordKey { get; init; } = "";

    public string Repository { get; init; } = "";

    public ServiceAddress Service { get; init; } = new();
}
