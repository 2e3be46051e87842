using System.Security.Cryptography;

namespace Innominatus.AppHost.Security;

public static class SecurityExtensions
{
    public const string IssuerKey = "Identity:Issuer";

    /// <summary>
    /// The secrets that tie the services together. Run mode: the bootstrap admin password and the gateway's client
    /// secret are generated once and kept in the AppHost's user secrets (see them in the dashboard under Parameters);
    /// the internal caller key pair is generated per run. Publish mode: all of them are parameters the operator sets.
    /// </summary>
    public static SecurityParameters AddSecurityParameters(this IDistributedApplicationBuilder builder)
    {
        var adminPassword = builder.AddParameter("bootstrap-admin-password", new GenerateParameterDefault { MinLength = 20, Special = false }, secret: true, persist: true);
        var gatewaySecret = builder.AddParameter("gateway-client-secret", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);
        var outputsKey = builder.AddParameter("workflow-outputs-key", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);
        var storedKeysKey = builder.AddParameter("identity-stored-keys-key", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true);
        IResourceBuilder<ParameterResource> signingKey, publicKey;
        if (builder.ExecutionContext.IsRunMode)
        {
            using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            signingKey = builder.AddParameter("internal-signing-key", Base64(key.ExportPkcs8PrivateKey()), secret: true);
            publicKey = builder.AddParameter("internal-public-key", Base64(key.ExportSubjectPublicKeyInfo()));
        }
        else
        {
            signingKey = builder.AddParameter("internal-signing-key", secret: true);
            publicKey = builder.AddParameter("internal-public-key");
        }
        var issuer = builder.Configuration[IssuerKey] ?? "http://localhost:8081/";
        return new SecurityParameters(adminPassword, gatewaySecret, signingKey, publicKey, outputsKey, storedKeysKey, issuer);
    }

    /// <summary>Services verify the gateway's caller token with its public key and agree on the token issuer.</summary>
    public static IResourceBuilder<ProjectResource> WithCallerVerification(this IResourceBuilder<ProjectResource> project, SecurityParameters security) =>
        project.WithEnvironment("InternalAuth__PublicKeys__0", security.InternalPublicKey)
            .WithEnvironment("Identity__Issuer", security.Issuer);

    /// <summary>OIDC_* variables of the AppHost's environment reach the IdentityService (single sign-on, as in the deployment guide).</summary>
    /// <summary>The IdentityService creates the bootstrap admin, knows the gateway's client secret and encrypts its stored OIDC keys.</summary>
    public static IResourceBuilder<ProjectResource> WithIdentitySecrets(this IResourceBuilder<ProjectResource> identity, SecurityParameters security) =>
        identity.WithEnvironment("Identity__BootstrapAdmin__Password", security.BootstrapAdminPassword)
            .WithEnvironment("Identity__Clients__gateway__Secret", security.GatewayClientSecret)
            .WithEnvironment("Identity__StoredKeysKey", security.StoredKeysKey);

    /// <summary>The WorkflowService encrypts secret step outputs at rest with this key (docs/workflow-engine.md).</summary>
    public static IResourceBuilder<ProjectResource> WithOutputsKey(this IResourceBuilder<ProjectResource> workflow, SecurityParameters security) =>
        workflow.WithEnvironment("Workflows__OutputsKey", security.OutputsKey);

    /// <summary>The gateway signs the callers it forwards and authenticates to the IdentityService as client "gateway".</summary>
    public static IResourceBuilder<ProjectResource> WithCallerSigning(this IResourceBuilder<ProjectResource> gateway, SecurityParameters security) =>
        gateway.WithEnvironment("InternalAuth__SigningKey", security.InternalSigningKey)
            .WithEnvironment("Gateway__IdentityClient__ClientId", "gateway")
            .WithEnvironment("Gateway__IdentityClient__ClientSecret", security.GatewayClientSecret)
            .WithEnvironment("Identity__Issuer", security.Issuer);

    public static IResourceBuilder<ProjectResource> WithOidcFromEnvironment(this IResourceBuilder<ProjectResource> project)
    {
        foreach (var name in new[] { "OIDC_ENABLED", "OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_REDIRECT_URL" })
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                project.WithEnvironment(name, value);
            }
        }
        return project;
    }

    private static string Base64(byte[] bytes) => Convert.ToBase64String(bytes);
}
