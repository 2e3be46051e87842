using System.Text.Json.Nodes;
using Innominatus.DemoService.Catalogue;

namespace Innominatus.DemoService.Installation;

/// <summary>
/// Builds the one workflow an installation runs: demo-time labels the namespaces, generates the credentials as Secrets
/// (<c>ensure-secret</c> keeps what exists), wires single sign-on (<see cref="SingleSignOnSteps"/>) and installs each
/// component with a <c>helm</c> step (<c>upgrade --install</c>, so a second run reconciles), each after what it depends
/// on; demo-nuke uninstalls in reverse order and then deletes the catalogue's namespaces, both only where the namespace
/// carries the demo label. The platform-config repository's steps come from <see cref="PlatformConfigSteps"/>; demo-nuke
/// needs none for it (Gitea's and ArgoCD's namespaces take the repository and the Applications with them).
/// </summary>
public static class DemoWorkflows
{
    public const string InstallName = "demo-time";
    public const string NukeName = "demo-nuke";

    public static JsonObject Install(IReadOnlyList<DemoComponent> components, PlatformConfigTarget? platformConfig = null)
    {
        var steps = new JsonArray();
        foreach (var ns in components.Select(c => c.Namespace).Distinct())
        {
            steps.Add(Step(StepNames.Namespace(ns), "kubernetes", [], new JsonObject { ["manifest"] = NamespaceManifest(ns) }));
        }
        foreach (var c in components.Where(c => c.Credentials is not null))
        {
            steps.Add(Step(StepNames.Credentials(c.Name), "kubernetes", [StepNames.Namespace(c.Namespace)], new JsonObject
            {
                ["operation"] = "ensure-secret",
                ["namespace"] = c.Namespace,
                ["createNamespace"] = false,
                ["name"] = c.Credentials!.Secret,
                ["keys"] = new JsonArray([.. c.Credentials.Keys.Select(k => JsonValue.Create(k))]),
            }));
        }
        foreach (var step in SingleSignOnSteps.For(components))
            steps.Add(step);
        foreach (var c in components)
        {
            var needs = new List<string> { StepNames.Namespace(c.Namespace) };
            if (c.Credentials is not null)
                needs.Add(StepNames.Credentials(c.Name));
            needs.AddRange(SingleSignOnSteps.Needs(c));
            needs.AddRange(c.DependsOn.Select(StepNames.Install));
            steps.Add(Step(StepNames.Install(c.Name), "helm", needs, HelmInstall(c)));
        }
        foreach (var step in PlatformConfigSteps.For(components, platformConfig))
            steps.Add(step);
        return Document(InstallName, "Installs the demo platform's components in dependency order.", steps);
    }

    public static JsonObject Nuke(IReadOnlyList<DemoComponent> catalogue)
    {
        var steps = new JsonArray();
        foreach (var c in catalogue.Reverse())
        {
            // A component goes after everything that depends on it has gone.
            var dependants = catalogue.Where(d => d.DependsOn.Contains(c.Name)).Select(d => StepNames.Uninstall(d.Name)).ToList();
            steps.Add(Step(StepNames.Uninstall(c.Name), "helm", dependants, new JsonObject
            {
                ["operation"] = "uninstall",
                ["release"] = c.Name,
                ["namespace"] = c.Namespace,
                // A same-named namespace demo-time did not make is someone else's, and so is its release.
                ["namespaceLabel"] = DemoLabels.Selector,
            }));
        }
        foreach (var ns in catalogue.Select(c => c.Namespace).Distinct())
        {
            var releases = catalogue.Where(c => c.Namespace == ns).Select(c => StepNames.Uninstall(c.Name)).ToList();
            steps.Add(Step(StepNames.DeleteNamespace(ns), "kubernetes", releases, new JsonObject
            {
                ["operation"] = "delete",
                ["onlyIfLabelled"] = DemoLabels.Selector,
                ["createNamespace"] = false,
                ["manifest"] = NamespaceManifest(ns),
            }));
        }
        return Document(NukeName, "Removes the demo platform: its helm releases, then its namespaces.", steps);
    }

    private static JsonObject HelmInstall(DemoComponent c)
    {
        var config = new JsonObject
        {
            ["release"] = c.Name,
            ["namespace"] = c.Namespace,
            // The namespace step made it, labelled; the step's own "ensure namespace" would apply it again under the
            // same field manager without the labels, and server-side apply would take them off.
            ["createNamespace"] = false,
            ["chart"] = c.Chart.Name,
            ["values"] = c.Values.DeepClone(),
        };
        if (c.Dashboards.Count > 0)
            ((JsonObject)config["values"]!)["dashboards"] = DashboardValues(c.Dashboards);
        if (c.Chart.Repo is { } repo)
            config["repo"] = repo;
        if (c.Chart.Version is { } version)
            config["version"] = version;
        if (c.SecretValues.Count > 0)
        {
            var secretValues = new JsonObject();
            foreach (var (path, key) in c.SecretValues)
                secretValues[path] = new JsonObject { ["secret"] = c.Credentials!.Secret, ["key"] = key };
            config["secretValues"] = secretValues;
        }
        return config;
    }

    /// <summary>The grafana chart's <c>dashboards.PROVIDER.NAME.json</c>: each dashboard's JSON as a string.</summary>
    private static JsonObject DashboardValues(IEnumerable<string> names)
    {
        var provider = new JsonObject();
        foreach (var name in names)
            provider[name] = new JsonObject { ["json"] = DemoDashboards.Json(name) };
        return new JsonObject { [DemoDashboards.Provider] = provider };
    }

    private static string NamespaceManifest(string ns) =>
        $"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {ns}\n  labels:\n    {DemoLabels.Demo}: \"true\"\n    {DemoLabels.ManagedBy}: innominatus\n";

    internal static JsonObject Step(string name, string type, IReadOnlyList<string> dependsOn, JsonObject config)
    {
        var step = new JsonObject { ["name"] = name, ["type"] = type };
        if (dependsOn.Count > 0)
            step["dependsOn"] = new JsonArray([.. dependsOn.Select(d => JsonValue.Create(d))]);
        step["config"] = config;
        return step;
    }

    private static JsonObject Document(string name, string description, JsonArray steps) => new()
    {
        ["apiVersion"] = "innominatus.dev/v1",
        ["kind"] = "Workflow",
        ["metadata"] = new JsonObject { ["name"] = name, ["description"] = description },
        ["steps"] = steps,
    };
}
