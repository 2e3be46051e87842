using System.Globalization;

namespace Innominatus.WorkflowService.Workflows.Helm;

/// <summary>
/// The argument lists helm gets, never a command line: every value is a flag of its own (<c>--flag=value</c>, so a
/// value starting with '-' stays a value) and the release and chart follow <c>--</c>, after which helm reads no flag.
/// </summary>
public static class HelmArguments
{
    public static List<string> Install(string release, string ns, HelmChart chart, IReadOnlyList<string> valueFiles, bool atomic, bool wait, TimeSpan timeout, string? digest = null)
    {
        var arguments = new List<string> { "upgrade", "--install", $"--namespace={ns}" };
        if (digest is not null)
        {
            // Merged into the release's labels by helm (a later upgrade replaces it): what the next install compares.
            arguments.Add($"--labels={HelmConfigDigest.Label}={digest}");
        }
        if (atomic)
        {
            arguments.Add("--atomic");
        }
        if (wait)
        {
            arguments.Add("--wait");
        }
        arguments.Add(Timeout(timeout));
        arguments.AddRange(Source(chart, valueFiles));
        arguments.AddRange(["--", release, chart.Reference]);
        return arguments;
    }

    public static List<string> Template(string release, string ns, HelmChart chart, IReadOnlyList<string> valueFiles) =>
        ["template", $"--namespace={ns}", .. Source(chart, valueFiles), "--", release, chart.Reference];

    /// <summary>A release that is already gone counts as uninstalled: deprovisioning may run again after a crash.</summary>
    public static List<string> Uninstall(string release, string ns, bool wait, TimeSpan timeout) =>
        ["uninstall", $"--namespace={ns}", "--ignore-not-found", .. wait ? new[] { "--wait" } : [], Timeout(timeout), "--", release];

    /// <summary>
    /// The test pods' logs go to the step log; the release's notes do not: they may quote a secret value this step,
    /// which did not install the release, cannot mask.
    /// </summary>
    public static List<string> Test(string release, string ns, TimeSpan timeout) =>
        ["test", $"--namespace={ns}", "--logs", "--hide-notes", Timeout(timeout), "--", release];

    /// <summary>The release, when it is deployed and carries that config digest; helm prints <c>[]</c> otherwise.</summary>
    public static List<string> DeployedWithDigest(string release, string ns, string digest) =>
        ["list", $"--namespace={ns}", "--deployed", "--output=json", $"--filter=^{System.Text.RegularExpressions.Regex.Escape(release)}$", $"--selector={HelmConfigDigest.Label}={digest}"];

    public static List<string> Status(string release, string ns) =>
        ["status", $"--namespace={ns}", "--output=json", "--", release];

    private static IEnumerable<string> Source(HelmChart chart, IReadOnlyList<string> valueFiles)
    {
        if (chart.Repo is not null)
        {
            yield return $"--repo={chart.Repo}";
        }
        if (chart.Version is not null)
        {
            yield return $"--version={chart.Version}";
        }
        foreach (var file in valueFiles)
        {
            yield return $"--values={file}";
        }
    }

    private static string Timeout(TimeSpan timeout) => string.Create(CultureInfo.InvariantCulture, $"--timeout={(long)Math.Ceiling(timeout.TotalSeconds)}s");
}
