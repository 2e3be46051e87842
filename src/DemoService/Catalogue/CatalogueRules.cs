using System.Text.RegularExpressions;

namespace Innominatus.DemoService.Catalogue;

/// <summary>What each component must say for a workflow to be built from it; names, namespaces and Secrets are DNS labels.</summary>
public static partial class CatalogueRules
{
    public const string HostSuffix = ".localtest.me";

    public static IEnumerable<string> Problems(IReadOnlyList<DemoComponent> components)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in components)
        {
            var at = $"component '{c.Name}'";
            if (!DnsLabel().IsMatch(c.Name))
                yield return $"component name '{c.Name}' is not a DNS label (a helm release name of at most 53 characters)";
            else if (!names.Add(c.Name))
                yield return $"component '{c.Name}' is listed twice";
            if (!DnsLabel().IsMatch(c.Namespace))
                yield return $"{at}: namespace '{c.Namespace}' is not a DNS label";
            foreach (var problem in ChartProblems(c.Chart))
                yield return $"{at}: {problem}";
            if (c.Host is { } host && (!host.EndsWith(HostSuffix, StringComparison.Ordinal) || host.Length == HostSuffix.Length))
                yield return $"{at}: host '{host}' is not a *{HostSuffix} host";
            var checks = new[] { c.Health.Path, c.Health.Deployment, c.Health.StatefulSet }.Count(v => !string.IsNullOrEmpty(v));
            if (checks != 1)
                yield return $"{at}: health needs exactly one of path, deployment or statefulSet";
            else if (c.Health.Path is { } path && (!path.StartsWith('/') || c.Host is null))
                yield return $"{at}: a health path starts with '/' and needs a host";
            if (c.Credentials is { } credentials && (!DnsLabel().IsMatch(credentials.Secret) || credentials.Keys.Count == 0))
                yield return $"{at}: credentials need a Secret name (a DNS label) and at least one key";
            foreach (var dashboard in c.Dashboards.Where(d => !DemoDashboards.Names.Contains(d)))
                yield return $"{at}: dashboard '{dashboard}' is not shipped with the demo (Catalogue/dashboards/{dashboard}.json)";
            foreach (var (valuePath, key) in c.SecretValues)
            {
                if (c.Credentials?.Keys.Contains(key) != true)
                    yield return $"{at}: secret value '{valuePath}' names key '{key}', which its credentials do not have";
            }
        }
        foreach (var problem in SingleSignOnRules.Problems(components))
            yield return problem;
        foreach (var c in components)
        {
            foreach (var dependency in c.DependsOn.Where(d => !names.Contains(d)))
                yield return $"component '{c.Name}' depends on unknown component '{dependency}'";
        }
    }

    private static IEnumerable<string> ChartProblems(ComponentChart chart)
    {
        if (string.IsNullOrEmpty(chart.Name))
            yield return "chart.name is required";
        else if (chart.Repo is not null && string.IsNullOrEmpty(chart.Version))
            yield return $"chart '{chart.Name}' comes from a repository and needs a pinned version";
        else if (chart.Repo is not null && !chart.Repo.StartsWith("https://", StringComparison.Ordinal) && !IsInClusterHttp(chart.Repo))
            yield return $"chart repository '{chart.Repo}' is not an https URL (plain http only for a Service inside the cluster: http://NAME.NAMESPACE.svc)";
    }

    // A mirror of the charts inside the cluster (an air-gapped cluster, the in-cluster tests) is reached over the
    // pod network, never over the internet: there plain http fetches nothing an attacker on the way could change.
    private static bool IsInClusterHttp(string repo) =>
        Uri.TryCreate(repo, UriKind.Absolute, out var url) && url.Scheme == "http"
        && (url.Host.EndsWith(".svc", StringComparison.Ordinal) || url.Host.EndsWith(".svc.cluster.local", StringComparison.Ordinal));

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?$")]
    private static partial Regex DnsLabel();
}
