using System.Text.RegularExpressions;

namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>
/// The API server's 403 (<c>… is forbidden: User "u" cannot create resource "namespaces" in API group "" at the cluster
/// scope</c>), from the API or quoted by helm, turned into one line naming the missing permission: verb, resource and
/// namespace, and who lacks it, as the deployment guide's "demo-time RBAC Errors" troubleshooting shows.
/// </summary>
public static partial class KubernetesForbidden
{
    public const string Hint = "grant it in the workflow service's ClusterRole (chart: rbac.workflow.create=true; docs/kubernetes.md: \"demo-time RBAC Errors\")";

    /// <summary>The one line, or null when <paramref name="text"/> is no Kubernetes "forbidden" answer.</summary>
    public static string? Describe(string text)
    {
        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }
        var group = match.Groups["group"].Value;
        var resource = match.Groups["resource"].Value + (group.Length > 0 ? $" ({group})" : "");
        var where = match.Groups["ns"].Success ? $"in namespace {match.Groups["ns"].Value}" : "at the cluster scope";
        return $"forbidden: {match.Groups["user"].Value} may not {match.Groups["verb"].Value} {resource} {where}: {Hint}";
    }

    [GeneratedRegex("""User "(?<user>[^"]+)" cannot (?<verb>[a-z]+) resource "(?<resource>[^"]+)"(?: in API group "(?<group>[^"]*)")? (?:in the namespace "(?<ns>[^"]+)"|at the cluster scope)""", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
