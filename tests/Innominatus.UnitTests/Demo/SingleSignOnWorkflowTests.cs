extern alias demo;
using System.Text.Json.Nodes;
using demo::Innominatus.DemoService.Catalogue;
using demo::Innominatus.DemoService.Installation;
using Innominatus.WorkflowService.Placeholders;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.UnitTests.Demo;

/// <summary>
/// demo-time wires single sign-on: Keycloak starts with the realm ConfigMap and its generated secrets, and ArgoCD,
/// Grafana and Gitea are installed after their client's secret has been copied into their own namespace.
/// </summary>
public class SingleSignOnWorkflowTests
{
    private static readonly string[] Clients = ["argocd", "grafana", "gitea"];

    private const string Idp = "components:\n  - name: idp\n    namespace: demo-idp\n    chart: {name: charts/idp}\n    health: {deployment: idp}\n" +
                               "    credentials: {secret: idp-credentials, keys: [app-client-secret]}\n    realm: innominatus-demo\n";

    private static Dictionary<string, StepDefinition> Steps(IReadOnlyList<DemoComponent> components)
    {
        var parsed = WorkflowDefinitionParser.Parse(DemoWorkflows.Install(components).ToJsonString());
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors));
        return parsed.Value!.Steps.ToDictionary(s => s.Name);
    }

    [Fact]
    public void Keycloak_is_installed_after_its_realm_configmap_and_its_generated_secrets()
    {
        var steps = Steps(ComponentCatalogue.Embedded().All);

        var install = steps[StepNames.Install("keycloak")];
        Assert.Contains(StepNames.Realm("keycloak"), install.DependsOn);
        Assert.Contains(StepNames.Credentials("keycloak"), install.DependsOn);
        var credentials = steps[StepNames.Credentials("keycloak")].Config;
        Assert.Equal("ensure-secret", credentials["operation"]!.GetValue<string>());
        Assert.Equal(["argocd-client-secret", "demo-admin-password", "demo-member-password", "gitea-client-secret", "grafana-client-secret", "innominatus-client-secret"],
            credentials["keys"]!.AsArray().Select(k => k!.GetValue<string>()).Where(k => k != "admin-password").Order());
    }

    [Fact]
    public void The_realm_reaches_keycloak_unchanged_with_its_placeholders_for_keycloak_not_the_engine()
    {
        var keycloak = ComponentCatalogue.Embedded().Find("keycloak")!;
        var step = Steps([.. ComponentCatalogue.Embedded().Select(["keycloak"]).Components])[StepNames.Realm("keycloak")];

        // What the engine applies once it has filled in its own placeholders (and turned $${ back into ${).
        var applied = TemplateText.Substitute(step.Config["manifest"]!.GetValue<string>(), path => throw new InvalidOperationException($"engine placeholder {path}"));
        var configMap = JsonNode.Parse(applied)!;
        Assert.Equal("ConfigMap", configMap["kind"]!.GetValue<string>());
        Assert.Equal("demo-keycloak", step.Config["namespace"]!.GetValue<string>());
        Assert.Equal(DemoRealms.Json("innominatus-demo"), configMap["data"]!["innominatus-demo.json"]!.GetValue<string>());
        // The chart mounts that ConfigMap where --import-realm reads.
        var name = configMap["metadata"]!["name"]!.GetValue<string>();
        Assert.Contains($"configMap: {{name: {name}}}", keycloak.Values["extraVolumes"]!.GetValue<string>());
        Assert.Contains("mountPath: /opt/keycloak/data/import", keycloak.Values["extraVolumeMounts"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("argocd")]
    [InlineData("grafana")]
    [InlineData("gitea")]
    public void Each_client_gets_the_keycloak_generated_secret_in_its_namespace_before_it_is_installed(string component)
    {
        var steps = Steps(ComponentCatalogue.Embedded().All);
        var c = ComponentCatalogue.Embedded().Find(component)!;

        var sso = steps[StepNames.SingleSignOn(component)];
        Assert.Contains(StepNames.Credentials("keycloak"), sso.DependsOn);
        Assert.Contains(StepNames.SingleSignOn(component), steps[StepNames.Install(component)].DependsOn);
        Assert.Contains(StepNames.Install("keycloak"), steps[StepNames.Install(component)].DependsOn);
        Assert.Equal(c.Namespace, sso.Config["namespace"]!.GetValue<string>());
        var secret = JsonNode.Parse(sso.Config["manifest"]!.GetValue<string>())!;
        Assert.Equal("Secret", secret["kind"]!.GetValue<string>());
        Assert.Equal(component, secret["stringData"]!["key"]!.GetValue<string>());
        // Never a value: the credentials step's output, which the engine keeps sealed and masked.
        Assert.Equal($"${{steps.credentials-keycloak.outputs.{component}-client-secret}}", secret["stringData"]!["secret"]!.GetValue<string>());
        // The component's values read that Secret.
        Assert.Contains(secret["metadata"]!["name"]!.GetValue<string>(), c.Values.ToJsonString());
    }

    [Fact]
    public void Argocd_reads_the_client_secret_from_its_labelled_secret_by_reference()
    {
        var c = ComponentCatalogue.Embedded().Find("argocd")!;
        var sso = Steps(ComponentCatalogue.Embedded().All)[StepNames.SingleSignOn("argocd")];

        var secret = JsonNode.Parse(sso.Config["manifest"]!.GetValue<string>())!;
        Assert.Equal("argocd", secret["metadata"]!["labels"]!["app.kubernetes.io/part-of"]!.GetValue<string>());
        Assert.Contains($"clientSecret: ${secret["metadata"]!["name"]}:secret", c.Values["configs"]!["cm"]!["oidc.config"]!.GetValue<string>());
    }

    [Fact]
    public void A_single_client_brings_keycloak_along_and_nothing_else_of_the_wiring()
    {
        var steps = Steps([.. ComponentCatalogue.Embedded().Select(["grafana"]).Components]);

        Assert.Contains(StepNames.Install("keycloak"), steps.Keys);
        Assert.Contains(StepNames.SingleSignOn("grafana"), steps.Keys);
        Assert.DoesNotContain(steps.Keys, k => Clients.Where(c => c != "grafana").Any(c => k == StepNames.SingleSignOn(c)));
    }

    [Theory]
    [InlineData("[]", "app", "component 'app': singleSignOn: the component must depend on its provider 'idp'")]
    [InlineData("[idp]", "other", "the credentials of 'idp' have no key 'other-client-secret' for client 'other'")]
    public void Single_sign_on_that_cannot_be_wired_is_refused(string dependsOn, string client, string problem)
    {
        var yaml = Idp + "  - name: app\n    namespace: demo-app\n    chart: {name: charts/app}\n    health: {deployment: app}\n" +
                   $"    dependsOn: {dependsOn}\n    singleSignOn: {{provider: idp, client: {client}, secret: app-oidc}}\n";

        var e = Assert.Throws<CatalogueException>(() => ComponentCatalogue.Parse(yaml, "test"));

        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void A_provider_without_a_realm_is_refused()
    {
        var yaml = Idp + "  - name: app\n    namespace: demo-app\n    chart: {name: charts/app}\n    health: {deployment: app}\n" +
                   "    dependsOn: [idp]\n    singleSignOn: {provider: app, client: app, secret: app-oidc}\n";

        var e = Assert.Throws<CatalogueException>(() => ComponentCatalogue.Parse(yaml, "test"));

        Assert.Contains("names provider 'app', which is no component with a realm", e.Message);
    }

    [Fact]
    public void A_realm_that_is_not_shipped_is_refused()
    {
        var yaml = Idp.Replace("realm: innominatus-demo", "realm: nope", StringComparison.Ordinal);

        var e = Assert.Throws<CatalogueException>(() => ComponentCatalogue.Parse(yaml, "test"));

        Assert.Contains("realm 'nope' is not shipped with the demo (Catalogue/realms/nope.json)", e.Message);
    }
}
