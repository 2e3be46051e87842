using System.Net;
using System.Net.Http.Json;
using Innominatus.ServiceDefaults.Security;
using Innominatus.ServiceTests.Identity;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.TenantEscape;

/// <summary>
/// demo-time runs helm with the engine's cluster credentials, so neither its API nor the WorkflowService's internal
/// platform-runs route may be used by a team member: not through the gateway, not with a principal of their own.
/// </summary>
[Collection(IdentityStackCollection.Name)]
public sealed class DemoEscapeTests(IdentityStack stack)
{
    private const string HelmWorkflow = """
        {"apiVersion": "innominatus.dev/v1", "kind": "Workflow", "metadata": {"name": "escape"},
         "steps": [{"name": "install", "type": "helm", "config": {"release": "evil", "namespace": "kube-system", "chart": "charts/evil"}}]}
        """;

    [Theory]
    [InlineData("POST", "/api/demo/time")]
    [InlineData("POST", "/api/demo/nuke")]
    [InlineData("GET", "/api/demo/status")]
    [InlineData("POST", "/api/demo/reset")]
    public async Task A_team_member_cannot_use_the_demo_api(string method, string path)
    {
        var teams = await TwoTeams.CreateAsync(stack);

        var (status, _) = await teams.SendAsync(new HttpMethod(method), path, teams.Alice, method == "POST" ? new { confirm = true } : null);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task A_team_member_cannot_start_a_platform_run_on_the_workflow_service_with_their_own_principal()
    {
        using var workflow = new HttpClient { BaseAddress = stack.Workflow.Address }.As("alice-direct", "esc-team", "user");

        var response = await workflow.PostAsJsonAsync("/internal/platform-runs", new { kind = "demo-time", workflow = HelmWorkflow });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var runs = await TestInfrastructure.ScalarAsync<long>(stack.Database, "select count(*) from workflow.workflow_executions where requested_by = 'alice-direct'");
        Assert.Equal(0, runs);
    }

    [Fact]
    public async Task A_team_member_can_neither_clear_platform_runs_nor_read_cluster_readiness_on_the_workflow_service()
    {
        using var workflow = new HttpClient { BaseAddress = stack.Workflow.Address }.As("alice-direct", "esc-team", "user");

        var cleared = await workflow.DeleteAsync("/internal/platform-runs?kind=demo-time");
        var readiness = await workflow.PostAsJsonAsync("/internal/platform-readiness", new { objects = new[] { new { kind = "Deployment", @namespace = "kube-system", name = "coredns" } } });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (cleared.StatusCode, readiness.StatusCode));
    }

    [Theory]
    [InlineData("DELETE", "/internal/platform-runs?kind=demo-time")]
    [InlineData("POST", "/internal/platform-readiness")]
    public async Task The_internal_demo_routes_are_not_reachable_through_the_gateway(string method, string path)
    {
        var teams = await TwoTeams.CreateAsync(stack);

        var (status, _) = await teams.SendAsync(new HttpMethod(method), path, teams.Admin, method == "POST" ? new { objects = Array.Empty<object>() } : null);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task An_admin_cannot_clear_a_team_runs_kind()
    {
        using var workflow = new HttpClient { BaseAddress = stack.Workflow.Address }.As("kind-admin", null, InternalCallerDefaults.AdminRole);

        var response = await workflow.DeleteAsync("/internal/platform-runs?kind=inline");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_platform_runs_route_is_not_reachable_through_the_gateway()
    {
        var teams = await TwoTeams.CreateAsync(stack);

        var (status, _) = await teams.SendAsync(HttpMethod.Post, "/internal/platform-runs", teams.Admin, new { kind = "demo-time", workflow = HelmWorkflow });

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Theory]
    [InlineData("inline")]
    [InlineData("golden-path")]
    [InlineData("application")]
    public async Task Even_an_admin_cannot_start_a_platform_run_under_a_team_runs_kind(string kind)
    {
        using var workflow = new HttpClient { BaseAddress = stack.Workflow.Address }.As("kind-admin", null, InternalCallerDefaults.AdminRole);

        var response = await workflow.PostAsJsonAsync("/internal/platform-runs", new { kind, workflow = HelmWorkflow });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
