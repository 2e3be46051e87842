using Innominatus.WorkflowService.Workflows.Engine;
using Innominatus.WorkflowService.Workflows.Kubernetes;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// The credential of an <c>http</c> or <c>gitea-repo</c> step: <c>credentials: NAME</c> from the engine's configuration
/// (<see cref="StepCredentials"/>), or <c>credentialsSecret</c> (<see cref="CredentialsSecretConfig"/>), Basic
/// credentials read from a Kubernetes Secret through the engine's own connection. The second exists for passwords the
/// platform itself generated into a Secret (demo-time's Gitea admin), which no configuration can hold in advance.
/// Since that connection reads Secrets in every namespace, only platform runs may use it: a tenant run is refused here
/// as it is on submission (<see cref="Tenancy.TenantStepRules"/>). The credential is bound to the step's own base URL,
/// so a redirect elsewhere carries no <c>Authorization</c>.
/// </summary>
public sealed class StepCredentialResolver(IConfiguration configuration, SecretReader secrets)
{
    public async Task<ResolvedCredential> ResolveAsync(StepRun run, Uri baseUrl, CancellationToken cancellationToken)
    {
        if (!run.Config.ContainsKey(CredentialsSecretConfig.Key))
        {
            return StepCredentials.TryResolve(configuration, run, baseUrl, out var configured, out var error)
                ? new ResolvedCredential(configured, null, SecretValues.None)
                : ResolvedCredential.Refused(error);
        }
        if (run.Owner is { Tenant: true })
        {
            return ResolvedCredential.Refused($"'{CredentialsSecretConfig.Key}' is refused: credentials read from Kubernetes Secrets belong to platform workflows");
        }
        if (run.Config.ContainsKey("credentials"))
        {
            return ResolvedCredential.Refused($"config.credentials and config.{CredentialsSecretConfig.Key} exclude each other: name one credential");
        }
        if (CredentialsSecretConfig.Read(run.Config[CredentialsSecretConfig.Key], out var shapeError) is not { } secret)
        {
            return ResolvedCredential.Refused(shapeError!);
        }
        try
        {
            var data = await secrets.ReadAsync(secret.Namespace, secret.Name, cancellationToken)
                ?? throw new KubernetesStepException($"{CredentialsSecretConfig.Key}: Secret {secret.Namespace}/{secret.Name} does not exist");
            var password = Value(data, secret, secret.PasswordKey);
            var username = secret.Username ?? Value(data, secret, secret.UsernameKey!);
            var authorization = StepCredential.Basic(username, password);
            return new ResolvedCredential(new StepCredential(authorization, baseUrl), null, new SecretValues([password, authorization.Parameter!]));
        }
        catch (KubernetesStepException e)
        {
            return ResolvedCredential.Refused(e.Message);
        }
        catch (HttpRequestException e)
        {
            return ResolvedCredential.Refused($"{CredentialsSecretConfig.Key}: cannot reach the Kubernetes API server: {e.Message}");
        }
    }

    private static string Value(SecretData data, CredentialsSecretConfig secret, string key) =>
        data.Value(key) ?? throw new KubernetesStepException($"{CredentialsSecretConfig.Key}: Secret {secret.Namespace}/{secret.Name} has no key '{key}'");
}
