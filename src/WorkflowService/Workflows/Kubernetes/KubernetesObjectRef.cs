namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>Where an object lives in the API: <c>/api/v1/namespaces/ns/services/web</c> and the like.</summary>
public sealed record KubernetesObjectRef(string ApiVersion, string Kind, string Plural, bool Namespaced, string? Namespace, string Name)
{
    public string Path =>
        (ApiVersion.Contains('/') ? $"/apis/{ApiVersion}" : $"/api/{ApiVersion}")
        + (Namespaced ? $"/namespaces/{Namespace}" : "") + $"/{Plural}/{Name}";

    public override string ToString() => $"{Kind}/{Name}" + (Namespaced ? $" in {Namespace}" : "");
}
