extern alias demo;
using System.Text.Json.Nodes;
using demo::Innominatus.DemoService.Catalogue;
using demo::Innominatus.DemoService.Installation;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.UnitTests.Demo;

/// <summary>The demo workflows are workflows the engine accepts, with helm steps ordered by the catalogue.</summary>
public class DemoWorkflowTests
{
    [Fact]
    public void Demo_time_for_the_whole_catalogue_is_a_valid_workflow_of_helm_steps_in_dependency_order()
    {
        var catalogue = ComponentCatalogue.Embedded();

        var parsed = WorkflowDefinitionParser.Parse(DemoWorkflows.Install(catalogue.All).ToJsonString());

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        var steps = parsed.Value!.Steps.ToDictionary(s => s.Name);
        Assert.All(catalogue.All, c =>
        {
            var install = steps[StepNames.Install(c.Name)];
            Assert.Equal("helm", install.Type);
            Assert.Equal(c.Chart.Version, install.Config["version"]!.GetValue<string>());
            Assert.Contains(StepNames.Namespace(c.Namespace), install.DependsOn);
            Assert.All(c.DependsOn, d => Assert.Contains(StepNames.Install(d), install.DependsOn));
        });
        var gitea = steps[StepNames.Install("gitea")];
        Assert.Contains(StepNames.Credentials("gitea"), gitea.DependsOn);
        Assert.Equal("gitea-admin", gitea.Config["secretValues"]!["gitea.admin.password"]!["secret"]!.GetValue<string>());
        Assert.Equal("ensure-secret", steps[StepNames.Credentials("gitea")].Config["operation"]!.GetValue<string>());
    }

    [Fact]
    public void Demo_time_for_one_component_installs_only_it_and_what_it_needs()
    {
        var selection = ComponentCatalogue.Embedded().Select(["grafana"]);

        var steps = WorkflowDefinitionParser.Parse(DemoWorkflows.Install(selection.Components).ToJsonString()).Value!.Steps;

        // Grafana signs in at Keycloak, so Keycloak comes along.
        Assert.Equal(["install-ingress-nginx", "install-keycloak", "install-prometheus", "install-grafana"], steps.Where(s => s.Type == "helm").Select(s => s.Name));
    }

    [Fact]
    public void Demo_nuke_uninstalls_each_release_after_its_dependants_then_deletes_the_namespaces()
    {
        var catalogue = ComponentCatalogue.Embedded();

        var parsed = WorkflowDefinitionParser.Parse(DemoWorkflows.Nuke(catalogue.All).ToJsonString());

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        var steps = parsed.Value!.Steps.ToDictionary(s => s.Name);
        Assert.Equal("uninstall", steps["uninstall-ingress-nginx"].Config["operation"]!.GetValue<string>());
        Assert.Contains("uninstall-gitea", steps["uninstall-ingress-nginx"].DependsOn);
        Assert.Contains("uninstall-argocd", steps["uninstall-gitea"].DependsOn);
        var monitoring = steps[StepNames.DeleteNamespace("demo-monitoring")];
        Assert.Equal(["uninstall-grafana", "uninstall-prometheus"], monitoring.DependsOn.Order());
        Assert.Equal("delete", monitoring.Config["operation"]!.GetValue<string>());
        Assert.Contains("innominatus.dev/demo", monitoring.Config["manifest"]!.GetValue<string>());
        // Only what demo-time labelled: a same-named namespace of someone else's, and the releases in it, are left.
        Assert.Equal("innominatus.dev/demo=true", monitoring.Config["onlyIfLabelled"]!.GetValue<string>());
        Assert.Equal("innominatus.dev/demo=true", steps["uninstall-grafana"].Config["namespaceLabel"]!.GetValue<string>());
    }

    [Fact]
    public void Grafana_is_installed_with_the_shipped_dashboard_and_prometheus_scrapes_with_the_guides_keep_rule()
    {
        var steps = WorkflowDefinitionParser.Parse(DemoWorkflows.Install(ComponentCatalogue.Embedded().All).ToJsonString()).Value!.Steps.ToDictionary(s => s.Name);

        var grafana = steps[StepNames.Install("grafana")].Config["values"]!;
        var dashboard = JsonNode.Parse(grafana["dashboards"]!["innominatus"]!["innominatus"]!["json"]!.GetValue<string>())!;
        Assert.Equal("innominatus-overview", dashboard["uid"]!.GetValue<string>());
        Assert.NotEmpty(dashboard["panels"]!.AsArray());
        var provider = Assert.Single(grafana["dashboardProviders"]!["dashboardproviders.yaml"]!["providers"]!.AsArray());
        Assert.Equal("innominatus", provider!["name"]!.GetValue<string>());
        // The panels' datasource is the one the chart provisions.
        var datasource = Assert.Single(grafana["datasources"]!["datasources.yaml"]!["datasources"]!.AsArray())!;
        Assert.All(dashboard["panels"]!.AsArray(), p => Assert.Equal(datasource["uid"]!.GetValue<string>(), p!["datasource"]!["uid"]!.GetValue<string>()));
        var scrape = Assert.Single(steps[StepNames.Install("prometheus")].Config["values"]!["prometheus"]!["prometheusSpec"]!["additionalScrapeConfigs"]!.AsArray())!;
        var keep = scrape["relabel_configs"]!.AsArray().Single(r => r!["action"]?.GetValue<string>() == "keep")!;
        Assert.Equal("__meta_kubernetes_pod_label_app_kubernetes_io_name", keep["source_labels"]![0]!.GetValue<string>());
        Assert.Equal("innominatus", keep["regex"]!.GetValue<string>());
    }
}
