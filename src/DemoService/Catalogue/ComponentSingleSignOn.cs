namespace Innominatus.DemoService.Catalogue;

/// <summary>
/// A component that signs its users in at the demo's Keycloak: <c>Provider</c> is the component that imports the realm
/// (<see cref="DemoComponent.Realm"/>), <c>Client</c> the realm's client for this component. demo-time copies the
/// client's generated secret from the provider's credentials (key <c>CLIENT-client-secret</c>) into the Secret
/// <c>Secret</c> in the component's own namespace, keys <c>key</c> (the client id) and <c>secret</c>, since a pod reads
/// Secrets of its own namespace only; <c>Labels</c> go on that Secret (ArgoCD reads only Secrets labelled part-of argocd).
/// </summary>
public sealed record ComponentSingleSignOn
{
    public const string ClientIdKey = "key";
    public const string ClientSecretKey = "secret";

    public string Provider { get; init; } = "";

    public string Client { get; init; } = "";

    public string Secret { get; init; } = "";

    public Dictionary<string, string> Labels { get; init; } = [];

    /// <summary>The key of the provider's credentials Secret that holds this client's generated secret.</summary>
    public static string CredentialsKey(string client) => $"{client}-client-secret";
}
