namespace Innominatus.KubernetesTests.Infrastructure;

/// <summary>
/// The `--set` arguments of the deployment guide's five installation options, word for word
/// (docs/kubernetes.md, "Installation Options").
/// </summary>
public static class GuideOptions
{
    /// <summary>Quick Start: no options at all (passwords generated).</summary>
    public static readonly string[] QuickStart = [];

    public static readonly string[] BundledPostgres =
    [
        "--set", "postgresql.auth.password=myStrongPassword123",
    ];

    public static readonly string[] ExternalDatabase =
    [
        "--set", "postgresql.enabled=false",
        "--set", "externalDatabase.enabled=true",
        "--set", "externalDatabase.host=postgres.example.com",
        "--set", "externalDatabase.port=5432",
        "--set", "externalDatabase.user=innominatus",
        "--set", "externalDatabase.password=secretPassword",
        "--set", "externalDatabase.database=idp_orchestrator",
    ];

    public static readonly string[] HighAvailability =
    [
        "--set", "replicaCount=3",
        "--set", "postgresql.enabled=false",
        "--set", "externalDatabase.enabled=true",
        "--set", "externalDatabase.host=postgres-ha.example.com",
        "--set", "resources.requests.memory=512Mi",
        "--set", "resources.requests.cpu=500m",
        "--set", "autoscaling.enabled=true",
        "--set", "autoscaling.minReplicas=3",
        "--set", "autoscaling.maxReplicas=10",
    ];

    public static readonly string[] Oidc =
    [
        "--set", "env.OIDC_ENABLED=true",
        "--set", "env.OIDC_ISSUER=https://keycloak.example.com/realms/production",
        "--set", "env.OIDC_CLIENT_ID=innominatus",
        "--set", "env.OIDC_CLIENT_SECRET=your-client-secret",
        "--set", "env.OIDC_REDIRECT_URL=https://innominatus.example.com/auth/callback",
    ];

    public static readonly string[] Ingress =
    [
        "--set", "ingress.enabled=true",
        "--set", "ingress.className=nginx",
        "--set", "ingress.hosts[0].host=innominatus.example.com",
        "--set", "ingress.hosts[0].paths[0].path=/",
        "--set", "ingress.hosts[0].paths[0].pathType=Prefix",
        "--set", "ingress.tls[0].secretName=innominatus-tls",
        "--set", "ingress.tls[0].hosts[0]=innominatus.example.com",
    ];

    public static readonly string[] ProductionValues = ["-f", Repository.ProductionValues];

    /// <summary>Every option by name, for theories that run all of them.</summary>
    public static TheoryData<string> Names => ["quickstart", "bundled", "external", "ha", "oidc", "ingress", "production"];

    public static string[] ByName(string name) => name switch
    {
        "quickstart" => QuickStart,
        "bundled" => BundledPostgres,
        "external" => ExternalDatabase,
        "ha" => HighAvailability,
        "oidc" => Oidc,
        "ingress" => Ingress,
        "production" => ProductionValues,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
