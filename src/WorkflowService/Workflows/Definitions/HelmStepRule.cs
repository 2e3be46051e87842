using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>
/// The config of a <c>helm</c> step, checked when the workflow is read and again, resolved, before helm runs:
/// <c>operation</c> (install, the default, is <c>helm upgrade --install</c>; uninstall; test), <c>release</c> (a DNS
/// label of at most 53 characters, helm's own limit), and for an install the chart from one of three sources: a chart
/// repository (<c>repo</c> URL, <c>chart</c> name and a pinned <c>version</c>), an OCI reference (<c>chart:
/// oci://…</c>) or a folder inside <c>Workspaces:Root</c> (a relative <c>chart</c> path).
/// </summary>
public static partial class HelmStepRule
{
    public const string Install = "install";
    public const string Uninstall = "uninstall";
    public const string Test = "test";
    public const int MaxReleaseLength = 53;

    private static readonly string[] Fields =
        ["operation", "release", "namespace", "chart", "repo", "version", "values", "secretValues", "atomic", "wait", "timeout", "createNamespace", "skipUnchanged", "namespaceLabel"];

    private static readonly string[] InstallOnly = ["chart", "repo", "version", "values", "secretValues", "atomic", "createNamespace", "skipUnchanged"];

    public static string Operation(JsonObject config) => config["operation"]?.ToString() ?? Install;

    /// <summary>What is wrong with the config; a placeholder counts as a value and is checked once resolved.</summary>
    public static IReadOnlyList<string> Problems(JsonObject config)
    {
        var problems = config.Select(p => p.Key).Where(key => !Fields.Contains(key))
            .Select(key => $"helm: unknown config '{key}' (known: {string.Join(", ", Fields)})").ToList();
        var operation = Operation(config);
        if (operation is not (Install or Uninstall or Test))
        {
            problems.Add($"helm: unknown operation '{operation}' (install, uninstall or test)");
        }
        if (Text(config, "release") is not { } release)
        {
            problems.Add("helm needs 'release': the release's name");
        }
        else if (!IsPlaceholder(release) && !(release.Length <= MaxReleaseLength && DefinitionRules.IsName(release)))
        {
            problems.Add($"helm: release '{release}' is not a release name (a-z, 0-9 and '-', starting and ending with a letter or digit, at most {MaxReleaseLength} characters)");
        }
        if (Text(config, "namespace") is { } ns && !IsPlaceholder(ns) && !DefinitionRules.IsName(ns))
        {
            problems.Add($"helm: namespace '{ns}' is not a namespace name");
        }
        if (operation == Install)
        {
            problems.AddRange(ChartProblems(config));
            problems.AddRange(ValueProblems(config));
        }
        else
        {
            problems.AddRange(InstallOnly.Where(config.ContainsKey).Select(key => $"helm {operation} takes no '{key}': it acts on the installed release"));
        }
        if (operation != Uninstall && config.ContainsKey("namespaceLabel"))
        {
            problems.Add($"helm {operation} takes no 'namespaceLabel': it says which namespaces an uninstall may act in");
        }
        foreach (var flag in new[] { "atomic", "wait", "createNamespace", "skipUnchanged" }.Where(key => config[key] is { } value && value.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False)))
        {
            problems.Add($"helm: '{flag}' must be true or false");
        }
        if (config["timeout"] is { } timeout && !(WorkflowDuration.TryParse(timeout.ToString(), out var duration) && duration > TimeSpan.Zero))
        {
            problems.Add($"helm: timeout '{timeout}' is not {WorkflowDuration.Meaning}");
        }
        return problems;
    }

    private static IEnumerable<string> ChartProblems(JsonObject config)
    {
        var chart = Text(config, "chart");
        var repo = Text(config, "repo");
        var version = Text(config, "version");
        if (chart is null)
        {
            yield return "helm install needs 'chart': a chart name with 'repo' and 'version', an oci:// reference, or a folder inside Workspaces:Root";
            yield break;
        }
        if (version is not null && !IsPlaceholder(version) && !VersionPattern().IsMatch(version))
        {
            yield return $"helm: version '{version}' is not a chart version or version range";
        }
        if (IsPlaceholder(chart))
        {
            yield break;
        }
        if (repo is not null)
        {
            if (!IsPlaceholder(repo) && !(Uri.TryCreate(repo, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"))
            {
                yield return $"helm: repo '{repo}' is not an http(s) URL of a chart repository";
            }
            if (!ChartName().IsMatch(chart))
            {
                yield return $"helm: with 'repo', chart '{chart}' must be the chart's name in that repository";
            }
            if (version is null)
            {
                yield return "helm: a chart from a repository needs a pinned 'version'";
            }
        }
        else if (chart.StartsWith("oci://", StringComparison.Ordinal))
        {
            if (chart.Length == "oci://".Length || chart.Any(char.IsWhiteSpace))
            {
                yield return $"helm: '{chart}' is not an OCI reference";
            }
        }
        else if (chart.Contains("://", StringComparison.Ordinal) || Path.IsPathRooted(chart) || chart.StartsWith('-')
            || chart.Split('/', '\\').Any(part => part == ".."))
        {
            yield return $"helm: chart '{chart}' is neither a chart of 'repo', an oci:// reference nor a relative folder inside Workspaces:Root";
        }
    }

    private static IEnumerable<string> ValueProblems(JsonObject config)
    {
        if (config["values"] is { } values && values is not JsonObject)
        {
            yield return "helm: 'values' must be a map of the chart's values";
        }
        if (config["secretValues"] is not { } secrets)
        {
            yield break;
        }
        if (secrets is not JsonObject map)
        {
            yield return "helm: 'secretValues' must map value paths (auth.password) to a value or {secret, key}";
            yield break;
        }
        foreach (var (path, value) in map)
        {
            if (!ValuePath().IsMatch(path))
            {
                yield return $"helm: secretValues path '{path}' is not a value path such as auth.password";
            }
            var ok = value switch
            {
                JsonValue text => text.GetValueKind() == JsonValueKind.String,
                JsonObject reference => reference.Count == 2 && Text(reference, "secret") is { } name && Text(reference, "key") is { } key
                    && (IsPlaceholder(name) || SecretName().IsMatch(name)) && (IsPlaceholder(key) || SecretKey().IsMatch(key)),
                _ => false,
            };
            if (!ok)
            {
                yield return $"helm: secretValues '{path}' must be a string or {{secret: NAME, key: KEY}} (a Secret in the release's namespace)";
            }
        }
    }

    private static string? Text(JsonObject config, string key) => config[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static bool IsPlaceholder(string value) => value.Contains("${", StringComparison.Ordinal);

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex ChartName();

    [GeneratedRegex(@"^[A-Za-z0-9.+~^<>=*|, ][A-Za-z0-9.+~^<>=*|, -]{0,127}\z", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex ValuePath();

    [GeneratedRegex("^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$")]
    private static partial Regex SecretName();

    [GeneratedRegex("^[-._a-zA-Z0-9]{1,253}$")]
    private static partial Regex SecretKey();
}
