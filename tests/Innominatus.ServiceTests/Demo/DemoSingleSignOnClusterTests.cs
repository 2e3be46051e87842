using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;
using k8s;

namespace Innominatus.ServiceTests.Demo;

/// <summary>
/// demo-time's single-sign-on wiring against the local kube-apiserver with real helm: a provider that imports the
/// shipped realm and a client component, both the helm step tests' chart. The client's secret is generated once in
/// the provider's namespace and reaches the client's namespace with the same value, never shown by the run.
/// </summary>
public sealed class DemoSingleSignOnClusterTests
{
    private static string Catalogue(string prefix) => $$"""
        components:
          - name: idp
            namespace: {{prefix}}-idp
            chart: {name: charts/settings}
            values: {greeting: idp}
            health: {deployment: idp}
            credentials: {secret: idp-credentials, keys: [admin-password, app-client-secret]}
            realm: innominatus-demo
          - name: app
            namespace: {{prefix}}-app
            chart: {name: charts/settings}
            values: {greeting: app}
            health: {deployment: app}
            dependsOn: [idp]
            singleSignOn: {provider: idp, client: app, secret: app-oidc, labels: {app.kubernetes.io/part-of: argocd} }
        """;

    [HelmFact]
    public async Task The_client_secret_generated_for_the_provider_reaches_the_clients_namespace_unchanged_and_the_realm_keeps_its_placeholders()
    {
        var prefix = LocalCluster.NewNamespace();
        using var cluster = LocalCluster.Client();
        await using var stack = await DemoStack.StartAsync(prefix, Catalogue(prefix));

        var run = await stack.RunAsync("/api/demo/time", new { components = new[] { "app" } });

        Assert.True(run.GetProperty("state").GetString() == "succeeded", run.GetRawText());
        var generated = Text((await cluster.CoreV1.ReadNamespacedSecretAsync("idp-credentials", $"{prefix}-idp")).Data["app-client-secret"]);
        var copied = await cluster.CoreV1.ReadNamespacedSecretAsync("app-oidc", $"{prefix}-app");
        Assert.Equal(generated, Text(copied.Data["secret"]));
        Assert.Equal("app", Text(copied.Data["key"]));
        Assert.Equal("argocd", copied.Metadata.Labels["app.kubernetes.io/part-of"]);
        // The realm as shipped: Keycloak's own placeholders, not filled in (or emptied) by the engine.
        var realm = (await cluster.CoreV1.ReadNamespacedConfigMapAsync("idp-realm", $"{prefix}-idp")).Data["innominatus-demo.json"];
        Assert.Contains("\"secret\": \"${ARGOCD_CLIENT_SECRET}\"", realm);
        Assert.Equal("innominatus-demo", JsonDocument.Parse(realm).RootElement.GetProperty("realm").GetString());
        Assert.True(DemoStack.Step(run, "install-app").GetProperty("startedAt").GetDateTimeOffset() >= DemoStack.Step(run, "sso-app").GetProperty("finishedAt").GetDateTimeOffset());
        // Neither the run's answer nor the copy step's log shows the value.
        var log = await stack.LogAsync(run, "sso-app");
        Assert.DoesNotContain(generated, run.GetRawText());
        Assert.DoesNotContain(log, line => line.Contains(generated, StringComparison.Ordinal));

        // A second demo-time keeps the generated secret, so Keycloak's and the client's stay equal.
        var second = await stack.RunAsync("/api/demo/time", new { components = new[] { "app" } });

        Assert.Equal("succeeded", second.GetProperty("state").GetString());
        Assert.Equal(generated, Text((await cluster.CoreV1.ReadNamespacedSecretAsync("app-oidc", $"{prefix}-app")).Data["secret"]));
    }

    private static string Text(byte[] data) => Encoding.UTF8.GetString(data);
}
