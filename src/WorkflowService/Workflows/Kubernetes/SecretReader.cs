using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>
/// Reads a Secret through the engine's own connection, for steps that take a value from a Secret (Helm's
/// <c>secretValues</c>, a <c>credentialsSecret</c>). Each caller words its own errors, since each says where it looked.
/// </summary>
public sealed class SecretReader(KubernetesApplier applier)
{
    /// <summary>The Secret's data, or null when the Secret does not exist.</summary>
    public async Task<SecretData?> ReadAsync(string ns, string name, CancellationToken cancellationToken) =>
        await applier.GetAsync(new KubernetesObjectRef("v1", "Secret", "secrets", true, ns, name), cancellationToken) is { } secret
            ? new SecretData(secret["data"] as JsonObject ?? [])
            : null;
}
