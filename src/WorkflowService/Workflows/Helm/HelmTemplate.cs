using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Kubernetes;

namespace Innominatus.WorkflowService.Workflows.Helm;

/// <summary>
/// A helm step in a plan: <c>helm template</c> renders the chart with the step's values, and the planner dry-runs the
/// rendered objects like a kubernetes step's. Secret values are never read for a plan: each stands in as
/// <c>(secret)</c>, so a plan needs no Secret and no secret step output.
/// </summary>
public sealed class HelmTemplate(HelmRunner helm)
{
    public const string Stand = "(secret)";

    /// <summary>The step's config with every secret value replaced by <see cref="Stand"/>, before placeholders are resolved.</summary>
    public static JsonObject ForPlan(JsonObject config)
    {
        var copy = (JsonObject)config.DeepClone();
        if (copy["secretValues"] is JsonObject secrets)
        {
            foreach (var path in secrets.Select(s => s.Key).ToList())
            {
                secrets[path] = Stand;
            }
        }
        return copy;
    }

    /// <summary>The objects the chart renders to; throws, with helm's own words, when it cannot render.</summary>
    public async Task<List<JsonObject>> RenderAsync(JsonObject config, string ns, CancellationToken cancellationToken)
    {
        if (HelmStepRule.Problems(config) is { Count: > 0 } problems)
        {
            throw new KubernetesStepException(string.Join("; ", problems));
        }
        var program = helm.Program ?? throw new KubernetesStepException(helm.NotInstalled);
        using var workspace = helm.Sandbox.CreateWorkspace(Guid.Empty, Guid.NewGuid(), keep: false);
        var chart = HelmChart.From(config);
        if (chart.IsFolder)
        {
            chart = chart.CopyInto(helm.Sandbox.ResolveWorkingDirectory(chart.Reference), workspace.Path);
        }
        var files = new List<string>();
        if (config["values"] is JsonObject values)
        {
            files.Add(await HelmValues.WriteAsync(workspace.Path, "values.json", values, cancellationToken));
        }
        if (config["secretValues"] is JsonObject secrets)
        {
            files.Add(await HelmValues.WriteAsync(workspace.Path, "secret-values.json", HelmValues.Nest(secrets.Select(s => KeyValuePair.Create(s.Key, Stand))), cancellationToken));
        }
        var rendered = new CapturedOutput();
        var errors = new CapturedOutput();
        var release = config["release"]!.ToString();
        var exitCode = await helm.RunAsync(program, HelmArguments.Template(release, ns, chart, files), workspace, cluster: false, rendered, errors, cancellationToken);
        if (exitCode != 0)
        {
            throw new KubernetesStepException($"helm template exited with code {exitCode}: {errors.Text.Trim()}");
        }
        return ManifestReader.ReadAll(rendered.Text);
    }
}
