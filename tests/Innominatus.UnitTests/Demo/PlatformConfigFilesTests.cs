extern alias demo;
using System.Text.Json.Nodes;
using demo::Innominatus.DemoService.Catalogue;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.UnitTests.Demo;

/// <summary>The app-of-apps shipped as data: ArgoCD Applications that point at the platform-config repository.</summary>
public class PlatformConfigFilesTests
{
    private const string RepoUrl = "http://gitea-http.demo-gitea.svc:3000/gitea-admin/platform-config.git";

    private static readonly IReadOnlyList<KeyValuePair<string, string>> Files = PlatformConfigFiles.For(RepoUrl, "demo-argocd");

    [Fact]
    public void The_root_and_every_application_under_apps_parse_as_auto_syncing_applications_in_argocds_namespace_without_finalizers()
    {
        var applications = Files.Where(f => f.Key == PlatformConfigFiles.Root || f.Key.StartsWith("apps/", StringComparison.Ordinal)).ToList();

        Assert.Contains(applications, f => f.Key == "apps/demo-app.yaml");
        Assert.All(applications, f =>
        {
            var app = Yaml(f.Value);
            Assert.Equal(("argoproj.io/v1alpha1", "Application", "demo-argocd"), (Text(app["apiVersion"]), Text(app["kind"]), Text(app["metadata"]!["namespace"])));
            Assert.Null(app["metadata"]!["finalizers"]);
            var automated = app["spec"]!["syncPolicy"]!["automated"]!;
            Assert.True(automated["prune"]!.GetValue<bool>() && automated["selfHeal"]!.GetValue<bool>(), $"{f.Key} prunes and self-heals");
            var sources = app["spec"]!["source"] is { } single ? [single] : app["spec"]!["sources"]!.AsArray().ToList();
            Assert.Contains(sources, s => Text(s!["repoURL"]) == RepoUrl);
            Assert.DoesNotContain("{{", f.Value, StringComparison.Ordinal);
            // The engine would take ${…} for its own placeholder and fail the step.
            Assert.DoesNotContain("${", f.Value, StringComparison.Ordinal);
        });
        var root = Yaml(Files.Single(f => f.Key == PlatformConfigFiles.Root).Value);
        Assert.Equal(("apps", "demo-argocd"), (Text(root["spec"]!["source"]!["path"]), Text(root["spec"]!["destination"]!["namespace"])));
    }

    [Fact]
    public void The_demo_application_is_the_catalogues_demo_app_release_with_its_values_from_the_repository()
    {
        var component = ComponentCatalogue.Embedded().Find("demo-app")!;
        var app = Yaml(Files.Single(f => f.Key == "apps/demo-app.yaml").Value);
        var chart = app["spec"]!["sources"]!.AsArray().Single(s => s!["chart"] is not null)!;
        var values = Yaml(Files.Single(f => f.Key == "values/demo-app.yaml").Value);

        Assert.Equal((component.Chart.Repo, component.Chart.Name, component.Chart.Version), (Text(chart["repoURL"]), Text(chart["chart"]), Text(chart["targetRevision"])));
        Assert.Equal(component.Name, Text(chart["helm"]!["releaseName"]));
        Assert.Equal(["$values/values/demo-app.yaml"], chart["helm"]!["valueFiles"]!.AsArray().Select(Text));
        Assert.Equal(component.Namespace, Text(app["spec"]!["destination"]!["namespace"]));
        Assert.True(JsonNode.DeepEquals(component.Values, values), $"values/demo-app.yaml {values.ToJsonString()} differs from the catalogue's {component.Values.ToJsonString()}");
        // The namespace is demo-time's (labelled); ArgoCD must not bring it back after demo-nuke.
        Assert.Null(app["spec"]!["syncPolicy"]!["syncOptions"]);
    }

    private static JsonObject Yaml(string text)
    {
        var read = YamlJsonReader.Read(text);
        Assert.True(read.IsValid, string.Join("; ", read.Errors.Select(e => e.Message)));
        return (JsonObject)read.Root!;
    }

    private static string? Text(JsonNode? node) => node?.GetValue<string>();
}
