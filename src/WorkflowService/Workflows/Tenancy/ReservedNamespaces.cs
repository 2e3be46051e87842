namespace Innominatus.WorkflowService.Workflows.Tenancy;

/// <summary>
/// Namespaces no team may own: Kubernetes' own (<c>kube-*</c>, <c>default</c>), the platform's
/// (<c>innominatus-system</c>, the release namespace from <c>Kubernetes:ReleaseNamespace</c> or <c>POD_NAMESPACE</c>)
/// and whatever <c>Workflows:ReservedNamespaces</c> adds. An application's namespace is its name, so these are refused
/// as application names too.
/// </summary>
public sealed class ReservedNamespaces
{
    private readonly HashSet<string> names;

    public ReservedNamespaces(IConfiguration configuration)
    {
        names = new HashSet<string>(["default", "innominatus-system"], StringComparer.Ordinal);
        names.UnionWith(configuration.GetSection("Workflows:ReservedNamespaces").Get<string[]>() ?? []);
        foreach (var release in new[] { configuration["Kubernetes:ReleaseNamespace"], configuration["POD_NAMESPACE"], Environment.GetEnvironmentVariable("POD_NAMESPACE") })
        {
            if (!string.IsNullOrWhiteSpace(release))
            {
                names.Add(release);
            }
        }
    }

    public bool IsReserved(string ns) => ns.StartsWith("kube-", StringComparison.Ordinal) || names.Contains(ns);

    public string Refusal(string ns) =>
        $"namespace '{ns}' is reserved (kube-*, default, the platform's own and Workflows:ReservedNamespaces): no team's objects go there, and an application's namespace is its name";
}
