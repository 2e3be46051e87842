namespace Innominatus.DemoService.Status;

/// <summary>
/// One component as the latest demo-time and demo-nuke runs left it. <c>State</c>: not-installed, pending, running,
/// installed, failed, removing or removed; <c>Revision</c> is the helm release's revision after the install step;
/// <c>Health</c> is the health check run just now (none while not installed or removed).
/// </summary>
public sealed record ComponentStatus(
    string Name, string Description, string Namespace, string Release, string State, string? Revision, string? Url,
    string HealthCheck, IReadOnlyList<string> DependsOn, CredentialsLocation? Credentials, HealthResult? Health = null)
{
    /// <summary>Why the component's step failed, when it did.</summary>
    public string? Error { get; init; }

    /// <summary>Worth checking: the latest runs left something of it in the cluster, or may have.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool MayBeThere => State is not ("not-installed" or "removed");
}
