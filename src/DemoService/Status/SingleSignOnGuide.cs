using System.Text.Json.Nodes;
using Innominatus.DemoService.Catalogue;

namespace Innominatus.DemoService.Status;

/// <summary>
/// Builds demo-status' single-sign-on section from the catalogue's realm component and the realm file, so it always
/// names what demo-time really installs. Innominatus' own address and helm release are <c>Demo:InnominatusUrl</c>
/// (default http://localhost:8081, the gateway as the deployment guide port-forwards it), <c>Demo:InnominatusRelease</c>
/// and <c>Demo:InnominatusNamespace</c> (the guide's innominatus in innominatus-system).
/// </summary>
public static class SingleSignOnGuide
{
    /// <summary>The realm's client for Innominatus, and the claims its IdentityService reads by default (OidcSettings).</summary>
    public const string InnominatusClient = "innominatus";
    public const string RolesClaim = "roles";
    public const string GroupsClaim = "groups";
    public const string OidcSecret = "innominatus-oidc";

    public static SingleSignOnStatus? For(ComponentCatalogue catalogue, IConfiguration configuration, bool inCluster)
    {
        if (catalogue.All.FirstOrDefault(c => c.Realm is not null && c.Host is not null) is not { } keycloak)
            return null;
        var realm = DemoRealms.Parse(keycloak.Realm!);
        var environment = RealmEnvironment.FromSecrets(keycloak);
        var issuer = $"http://{keycloak.Host}/realms/{realm["realm"]}";
        // keycloakx names its HTTP Service after the StatefulSet the health check waits for.
        var backChannel = $"http://{keycloak.Health.StatefulSet ?? keycloak.Name}-http.{keycloak.Namespace}.svc/realms/{realm["realm"]}";
        var client = realm["clients"]!.AsArray().FirstOrDefault(c => c?["clientId"]?.ToString() == InnominatusClient);
        var clientSecret = Location(keycloak, environment, client?["secret"]?.ToString());
        var redirect = (configuration["Demo:InnominatusUrl"] is { Length: > 0 } url ? url.TrimEnd('/') : "http://localhost:8081") + "/auth/callback";
        var users = realm["users"]!.AsArray().OfType<JsonObject>().Select(u => new DemoUser(
            u["username"]!.ToString(), Strings(u["realmRoles"]), Strings(u["groups"]).Select(g => g.TrimStart('/')).ToList(),
            Location(keycloak, environment, u["credentials"]?.AsArray().FirstOrDefault()?["value"]?.ToString()))).ToList();
        var settings = $"OIDC_ENABLED=true OIDC_ISSUER={issuer} OIDC_CLIENT_ID={InnominatusClient} OIDC_REDIRECT_URL={redirect}";
        var read = clientSecret is null ? "" :
            $"kubectl get secret {clientSecret.Secret} -n {clientSecret.Namespace} -o jsonpath='{{.data.{clientSecret.Key}}}' | base64 -d";
        IReadOnlyList<string> switchOn = inCluster ? HelmUpgrade(configuration, read, issuer, redirect) :
            [$"export OIDC_CLIENT_SECRET=\"$({read})\"", $"{settings} dotnet run --project src/AppHost"];
        var note = inCluster
            ? $"Innominatus' identity service (like ArgoCD's server) fetches {issuer}/.well-known/openid-configuration from its pod, where " +
              $"*.localtest.me is the pod itself: the cluster's DNS must resolve {keycloak.Host} to the demo ingress controller first " +
              "(for example a CoreDNS rewrite to ingress-nginx-controller.demo-ingress.svc.cluster.local). demo-time does not restart Innominatus."
            : "Run Innominatus with these variables (the AppHost passes OIDC_* to the identity service); demo-time does not restart it.";
        return new SingleSignOnStatus(realm["realm"]!.ToString(), issuer, backChannel, InnominatusClient, clientSecret, redirect,
            RolesClaim, GroupsClaim, users, switchOn, note);
    }

    /// <summary>The secret goes from Secret to Secret through a pipe, never onto a command line or into chart values.</summary>
    private static List<string> HelmUpgrade(IConfiguration configuration, string read, string issuer, string redirect)
    {
        var release = configuration["Demo:InnominatusRelease"] is { Length: > 0 } r ? r : "innominatus";
        var ns = configuration["Demo:InnominatusNamespace"] is { Length: > 0 } n ? n : "innominatus-system";
        return
        [
            $"{read} | kubectl create secret generic {OidcSecret} -n {ns} --from-file=client-secret=/dev/stdin",
            $"helm upgrade {release} ./charts/innominatus -n {ns} --reuse-values --set env.OIDC_ENABLED=true --set env.OIDC_ISSUER={issuer} " +
            $"--set env.OIDC_CLIENT_ID={InnominatusClient} --set env.OIDC_REDIRECT_URL={redirect} --set oidc.existingSecret={OidcSecret}",
        ];
    }

    /// <summary>A realm value <c>${ENV_VAR}</c> → the Secret key the component's environment fills it from.</summary>
    private static SecretKeyLocation? Location(DemoComponent keycloak, Dictionary<string, (string Secret, string Key)> environment, string? placeholder) =>
        placeholder is { Length: > 3 } p && p.StartsWith("${", StringComparison.Ordinal) && p.EndsWith('}')
            && environment.TryGetValue(p[2..^1], out var found)
            ? new SecretKeyLocation(keycloak.Namespace, found.Secret, found.Key)
            : null;

    private static List<string> Strings(JsonNode? node) => node is JsonArray array ? [.. array.Select(v => v!.ToString())] : [];
}
