using System.Net;
using System.Text.Json;
using Innominatus.ServiceTests.Identity;
using static Innominatus.ServiceTests.Identity.GatewayCalls;

namespace Innominatus.ServiceTests.Demo;

/// <summary>
/// demo-time through the gateway, the DemoService and the WorkflowService: one platform run per installation, a helm
/// step per component asked for and what it needs, visible under /api/workflows like any run. No cluster here: the run
/// is stored and its steps fail without one; what helm does is the helm step's own tests' business.
/// </summary>
[Collection(IdentityStackCollection.Name)]
public sealed class DemoApiTests(IdentityStack stack)
{
    [Fact]
    public async Task Demo_time_for_one_component_starts_one_platform_run_with_the_helm_steps_it_needs()
    {
        using var gateway = stack.Gateway.CreateClient();
        var admin = await LoginAsync(gateway, "admin", IdentityStack.AdminPassword);

        var accepted = await SendOkAsync(gateway, HttpMethod.Post, "/api/demo/time", admin, new { components = new[] { "grafana" } });
        var id = accepted.GetProperty("workflowRunId").GetGuid();
        var run = await SendOkAsync(gateway, HttpMethod.Get, $"/api/workflows/{id}", admin);

        Assert.Equal("demo-time", run.GetProperty("kind").GetString());
        Assert.Equal(["ingress-nginx", "keycloak", "prometheus", "grafana"], accepted.GetProperty("components").EnumerateArray().Select(c => c.GetString()));
        var helm = run.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("type").GetString() == "helm").Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Equal(["install-ingress-nginx", "install-keycloak", "install-prometheus", "install-grafana"], helm);
        var grafana = run.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "install-grafana");
        Assert.Contains("install-prometheus", grafana.GetProperty("dependsOn").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains("credentials-grafana", grafana.GetProperty("dependsOn").EnumerateArray().Select(d => d.GetString()));

        var status = await SendOkAsync(gateway, HttpMethod.Get, "/api/demo/status", admin);
        Assert.Equal(id, status.GetProperty("lastInstall").GetProperty("workflowRunId").GetGuid());
        var components = status.GetProperty("components").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal("not-installed", components["gitea"].GetProperty("state").GetString());
        Assert.Equal("grafana-admin", components["grafana"].GetProperty("credentials").GetProperty("secret").GetString());
        Assert.Equal("http://grafana.localtest.me/api/health", components["grafana"].GetProperty("url").GetString());
        // Where the Innominatus client's secret is, not the secret: the run generated none yet, and status never reads it.
        var sso = status.GetProperty("singleSignOn");
        Assert.Equal("innominatus", sso.GetProperty("clientId").GetString());
        Assert.Equal("innominatus-client-secret", sso.GetProperty("clientSecret").GetProperty("key").GetString());
        Assert.Contains(sso.GetProperty("switchOn").EnumerateArray(), c => c.GetString()!.Contains("--set env.OIDC_CLIENT_ID=innominatus", StringComparison.Ordinal)
            || c.GetString()!.Contains("OIDC_CLIENT_ID=innominatus", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_components_are_a_problem_naming_them_and_no_run_starts()
    {
        using var gateway = stack.Gateway.CreateClient();
        var admin = await LoginAsync(gateway, "admin", IdentityStack.AdminPassword);

        var response = await gateway.SendAsync(Request(HttpMethod.Post, "/api/demo/time", admin, new { components = new[] { "grafana", "jenkins" } }));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["jenkins"], problem.GetProperty("unknownComponents").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("'jenkins'", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Demo_nuke_needs_a_confirmation_and_then_uninstalls_every_component_in_one_run()
    {
        using var gateway = stack.Gateway.CreateClient();
        var admin = await LoginAsync(gateway, "admin", IdentityStack.AdminPassword);

        var unconfirmed = await gateway.SendAsync(Request(HttpMethod.Post, "/api/demo/nuke", admin, new { }));
        var accepted = await SendOkAsync(gateway, HttpMethod.Post, "/api/demo/nuke", admin, new { confirm = true });
        var run = await SendOkAsync(gateway, HttpMethod.Get, $"/api/workflows/{accepted.GetProperty("workflowRunId").GetGuid()}", admin);

        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Equal("demo-nuke", run.GetProperty("kind").GetString());
        var steps = run.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("uninstall-ingress-nginx", steps);
        Assert.Contains("delete-namespace-demo-monitoring", steps);
    }
}
