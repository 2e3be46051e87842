extern alias demo;
using demo::Innominatus.DemoService.Catalogue;
using demo::Innominatus.DemoService.Installation;
using Innominatus.WorkflowService.Workflows.Definitions;
using Microsoft.Extensions.Configuration;

namespace Innominatus.UnitTests.Demo;

/// <summary>demo-time's platform-config steps: after what they need, with the engine reading Gitea's password itself.</summary>
public class PlatformConfigWorkflowTests
{
    private static readonly ComponentCatalogue Catalogue = ComponentCatalogue.Embedded();
    private static readonly PlatformConfigTarget Target = PlatformConfigTarget.For(Catalogue, new ConfigurationBuilder().Build())!;

    [Fact]
    public void The_repository_is_seeded_after_gitea_and_its_credentials_and_the_root_application_after_every_install_and_the_repository()
    {
        var parsed = WorkflowDefinitionParser.Parse(DemoWorkflows.Install(Catalogue.All, Target).ToJsonString());

        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        var steps = parsed.Value!.Steps.ToDictionary(s => s.Name);
        var repo = steps[StepNames.PlatformConfigRepo];
        var app = steps[StepNames.PlatformConfigApp];
        Assert.Equal(("gitea-repo", "argocd-app"), (repo.Type, app.Type));
        Assert.Equal(["credentials-gitea", "install-gitea"], repo.DependsOn.Order());
        // After every install: ArgoCD takes over the demo application's release instead of racing helm for its objects.
        Assert.Equal([.. Catalogue.All.Select(c => StepNames.Install(c.Name)).Append("platform-config-repo").Order()], app.DependsOn.Order());
        Assert.Equal(("user", "gitea-admin", "platform-config"), (repo.Config["ownerType"]!.GetValue<string>(), repo.Config["owner"]!.GetValue<string>(), repo.Config["repo"]!.GetValue<string>()));
        Assert.False(repo.Config["private"]!.GetValue<bool>());
        // The engine reads the generated password from gitea's Secret; the workflow holds no credential.
        Assert.False(repo.Config.ContainsKey("credentials"));
        var secret = repo.Config["credentialsSecret"]!;
        Assert.Equal(("demo-gitea", "gitea-admin", "gitea-admin", "password"),
            (secret["namespace"]!.GetValue<string>(), secret["name"]!.GetValue<string>(), secret["username"]!.GetValue<string>(), secret["passwordKey"]!.GetValue<string>()));
        Assert.Contains("password", Catalogue.Find("gitea")!.Credentials!.Keys);
        // The root Application in ArgoCD's namespace, without the cascade finalizer that would hold demo-nuke's namespace delete.
        Assert.Equal(("platform-config", "demo-argocd"), (app.Config["name"]!.GetValue<string>(), app.Config["namespace"]!.GetValue<string>()));
        Assert.Equal("false", app.Config["cascade"]!.ToString());
        Assert.Equal("http://gitea-http.demo-gitea.svc:3000/gitea-admin/platform-config.git", app.Config["source"]!["repoURL"]!.GetValue<string>());
        Assert.Equal("apps", app.Config["source"]!["path"]!.GetValue<string>());
        Assert.Equal((true, true, true), (app.Config["syncPolicy"]!["automated"]!.GetValue<bool>(), app.Config["syncPolicy"]!["prune"]!.GetValue<bool>(), app.Config["syncPolicy"]!["selfHeal"]!.GetValue<bool>()));
    }

    [Fact]
    public void Component_argocd_brings_gitea_and_both_platform_config_steps_and_component_gitea_only_the_repository()
    {
        var argocd = Catalogue.Select(["argocd"]).Components;
        var gitea = Catalogue.Select(["gitea"]).Components;
        var grafana = Catalogue.Select(["grafana"]).Components;

        // Both sign in at Keycloak, so it comes along.
        Assert.Equal(["ingress-nginx", "keycloak", "gitea", "argocd"], argocd.Select(c => c.Name));
        Assert.Equal([StepNames.PlatformConfigRepo, StepNames.PlatformConfigApp], PlatformSteps(argocd));
        Assert.Equal([StepNames.PlatformConfigRepo], PlatformSteps(gitea));
        Assert.Empty(PlatformSteps(grafana));
    }

    [Fact]
    public void Without_a_platform_config_section_demo_time_has_no_wiring_steps()
    {
        var bare = ComponentCatalogue.Parse(Catalogues.Text(("gitea", []), ("argocd", ["gitea"])), "test.yaml");

        Assert.Null(PlatformConfigTarget.For(bare, new ConfigurationBuilder().Build()));
        Assert.DoesNotContain(DemoWorkflows.Install(bare.All, null)["steps"]!.AsArray(), s => s!["name"]!.GetValue<string>().StartsWith("platform-config", StringComparison.Ordinal));
    }

    private static List<string> PlatformSteps(IReadOnlyList<DemoComponent> components) =>
        [.. WorkflowDefinitionParser.Parse(DemoWorkflows.Install(components, Target).ToJsonString()).Value!.Steps
            .Select(s => s.Name).Where(n => n.StartsWith("platform-config", StringComparison.Ordinal))];
}
