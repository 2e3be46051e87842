using System.Text.RegularExpressions;

namespace Innominatus.WorkflowService.Providers;

public static partial class ProviderNames
{
    /// <summary>RFC 1123 label: provider, team and workflow names end up in Kubernetes object names and file names.</summary>
    [GeneratedRegex("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")]
    public static partial Regex DnsLabel();

    /// <summary>Score resource types such as <c>postgres</c>, <c>kafka-topic</c> or <c>example.com-queue</c>.</summary>
    [GeneratedRegex("^[a-z0-9]([-a-z0-9.]{0,126}[a-z0-9])?$")]
    public static partial Regex ResourceType();

    /// <summary>Output names as Score placeholders use them: <c>${resources.db.access_key_id}</c>.</summary>
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    public static partial Regex Output();

    // The official semver.org pattern.
    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$")]
    public static partial Regex SemanticVersion();
}
