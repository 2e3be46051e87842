using System.Net;
using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Tenancy;
using k8s;

namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>
/// Server-side apply (field manager <c>innominatus</c>): applying the same object twice changes nothing, which makes a
/// repeated step attempt harmless. <c>dryRun</c> asks the API server to validate and default without storing.
/// </summary>
public sealed class KubernetesApplier(KubernetesConnection connection, KubernetesDiscovery discovery)
{
    public const string FieldManager = "innominatus";

    public async Task<KubernetesObjectRef> ResolveAsync(JsonObject manifest, string defaultNamespace, CancellationToken cancellationToken)
    {
        var apiVersion = manifest["apiVersion"]?.ToString() ?? throw new KubernetesStepException("a manifest has no apiVersion");
        var kind = manifest["kind"]?.ToString() ?? throw new KubernetesStepException($"a manifest of {apiVersion} has no kind");
        var name = manifest["metadata"]?["name"]?.ToString() ?? throw new KubernetesStepException($"a {kind} has no metadata.name");
        var found = await discovery.FindAsync(connection.Client, apiVersion, kind, cancellationToken)
            ?? throw new KubernetesStepException($"the cluster does not serve {kind} in {apiVersion} (is its CRD installed?)");
        var ns = found.Namespaced ? manifest["metadata"]?["namespace"]?.ToString() ?? defaultNamespace : null;
        if (ns is not null)
        {
            manifest["metadata"]!["namespace"] = ns;
        }
        return new KubernetesObjectRef(apiVersion, kind, found.Plural, found.Namespaced, ns, name);
    }

    public Task<JsonObject> ApplyAsync(KubernetesObjectRef target, JsonObject manifest, bool dryRun, CancellationToken cancellationToken) =>
        ApplyAsync(target, manifest, dryRun, null, cancellationToken);

    /// <summary>
    /// A tenant's object is applied under its team's field manager and without <c>force</c>: a field another manager
    /// owns is a conflict that fails the step, never a takeover. The platform's own objects are forced, as before.
    /// </summary>
    public Task<JsonObject> ApplyAsync(KubernetesObjectRef target, JsonObject manifest, bool dryRun, RunOwner? owner, CancellationToken cancellationToken) =>
        ApplyAsync(target, manifest, owner?.FieldManager ?? FieldManager, force: owner is not { Tenant: true }, dryRun, cancellationToken);

    public async Task<JsonObject> ApplyAsync(KubernetesObjectRef target, JsonObject manifest, string fieldManager, bool force, bool dryRun, CancellationToken cancellationToken)
    {
        var query = $"?fieldManager={Uri.EscapeDataString(fieldManager)}" + (force ? "&force=true" : "") + (dryRun ? "&dryRun=All" : "");
        var body = ManifestDefaults.Apply((JsonObject)manifest.DeepClone()).ToJsonString();
        using var response = await KubernetesHttp.SendAsync(connection.Client, HttpMethod.Patch, target.Path + query, body, "application/apply-patch+yaml", cancellationToken);
        if (!force && response.StatusCode == HttpStatusCode.Conflict)
        {
            var message = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))?["message"]?.ToString();
            throw new KubernetesStepException($"apply {target} refused: {TenantStepRules.Scope} never take over fields another field manager owns ({message})");
        }
        return await ReadAsync(response, $"apply {target}", cancellationToken);
    }

    /// <summary>Creates the namespace the objects go into, or leaves the existing one as it is.</summary>
    public async Task EnsureNamespaceAsync(string ns, CancellationToken cancellationToken)
    {
        var manifest = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "Namespace", ["metadata"] = new JsonObject { ["name"] = ns } };
        await ApplyAsync(await ResolveAsync(manifest, ns, cancellationToken), manifest, dryRun: false, cancellationToken);
    }

    public async Task<JsonObject?> GetAsync(KubernetesObjectRef target, CancellationToken cancellationToken)
    {
        using var response = await KubernetesHttp.SendAsync(connection.Client, HttpMethod.Get, target.Path, null, null, cancellationToken);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync(response, $"read {target}", cancellationToken);
    }

    /// <summary>Deleting what is already gone succeeds: deprovisioning may run again after a crash.</summary>
    public async Task<bool> DeleteAsync(KubernetesObjectRef target, CancellationToken cancellationToken)
    {
        using var response = await KubernetesHttp.SendAsync(connection.Client, HttpMethod.Delete, target.Path + "?propagationPolicy=Background", null, null, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
        await ReadAsync(response, $"delete {target}", cancellationToken);
        return true;
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response, string action, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var message = JsonNode.Parse(body) is JsonObject status ? status["message"]?.ToString() : body;
            // A missing permission is one line naming it, not the API server's sentence.
            if (response.StatusCode == HttpStatusCode.Forbidden && KubernetesForbidden.Describe(message ?? "") is { } forbidden)
            {
                throw new KubernetesStepException($"{action}: {forbidden}");
            }
            throw new KubernetesStepException($"{action}: {(int)response.StatusCode} {message}");
        }
        return JsonNode.Parse(body) as JsonObject ?? [];
    }
}
