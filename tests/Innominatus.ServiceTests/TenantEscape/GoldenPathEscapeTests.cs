using System.Net;
using System.Text.Json;
using Innominatus.ServiceTests.Identity;

namespace Innominatus.ServiceTests.TenantEscape;

/// <summary>Alice (team A) uses the shipped golden paths against Bob's (team B) things, and to decide her own gates.</summary>
[Collection(IdentityStackCollection.Name)]
public class GoldenPathEscapeTests(IdentityStack stack)
{
    private const string OwnerRule = "Golden path parameters must name your own team's things";
    private const string OwnRequestRule = "Nobody decides or skips a gate of their own request";

    [Fact]
    public async Task Alice_cannot_run_or_plan_a_golden_path_on_bobs_application_namespace_or_team()
    {
        var (teams, aliceApp, bobApp) = await CastAsync();
        var attempts = new (string Path, object Parameters)[]
        {
            ("undeploy-app", new { app_name = bobApp, delete_namespace = true }),
            ("undeploy-app", new { app_name = $"no-such-{bobApp}" }),
            ("deploy-app", new { app_name = bobApp, team = teams.TeamA, image = "nginx:1" }),
            ("deploy-app", new { app_name = aliceApp, team = teams.TeamB, image = "nginx:1" }),
            ("observability-setup", new { app_name = aliceApp, @namespace = bobApp }),
            ("observability-setup", new { app_name = aliceApp, @namespace = $"{bobApp}-prod" }),
            ("observability-setup", new { app_name = aliceApp, @namespace = "kube-system" }),
            ("observability-setup", new { app_name = aliceApp, @namespace = "default" }),
            ("db-lifecycle", new { app_name = bobApp, resource_name = "db", @namespace = bobApp, action = "backup" }),
            ("db-lifecycle", new { app_name = aliceApp, resource_name = "db", @namespace = bobApp, action = "migrate", migration_image = "mirror.gcr.io/postgres:17" }),
        };

        foreach (var (path, parameters) in attempts)
        {
            var run = await teams.SendAsync(HttpMethod.Post, $"/api/golden-paths/{path}/runs", teams.Alice, new { parameters });
            var plan = await teams.SendAsync(HttpMethod.Post, "/api/workflows/plan", teams.Alice, new { goldenPath = path, parameters });

            Assert.True(run.Status == HttpStatusCode.Forbidden, $"{path} {JsonSerializer.Serialize(parameters)}: {run.Status} {run.Body}");
            Assert.StartsWith(OwnerRule, TwoTeams.ProblemText(run.Body));
            Assert.True(plan.Status == HttpStatusCode.Forbidden, $"plan {path}: {plan.Status} {plan.Body}");
            Assert.StartsWith(OwnerRule, TwoTeams.ProblemText(plan.Body));
        }
        Assert.Equal(0, await GoldenPathRunsAsync(teams, teams.Alice));
    }

    [Fact]
    public async Task Alice_cannot_migrate_her_own_database_with_an_image_the_platform_did_not_allow()
    {
        var (teams, aliceApp, _) = await CastAsync();

        var (status, body) = await teams.SendAsync(HttpMethod.Post, "/api/golden-paths/db-lifecycle/runs", teams.Alice,
            new { parameters = new { app_name = aliceApp, resource_name = "db", @namespace = aliceApp, action = "migrate", migration_image = "evil.example/steal-password:1" } });

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.StartsWith("Golden path images must be allowed by the platform", TwoTeams.ProblemText(body));
        Assert.Equal(0, await GoldenPathRunsAsync(teams, teams.Alice));
    }

    [Fact]
    public async Task Onboarding_is_for_admins_and_never_sends_the_gitea_token_or_an_argocd_project_where_the_caller_says()
    {
        var (teams, _, _) = await CastAsync();
        var own = await teams.SendAsync(HttpMethod.Post, "/api/golden-paths/onboard-team/runs", teams.Alice, new { parameters = new { team = teams.TeamA, cpu_quota = "1000" } });
        var other = await teams.SendAsync(HttpMethod.Post, "/api/workflows/plan", teams.Alice, new { goldenPath = "onboard-team", parameters = new { team = teams.TeamB } });

        var url = await teams.SendAsync(HttpMethod.Post, "/api/golden-paths/onboard-team/runs", teams.Alice,
            new { parameters = new { team = teams.TeamA, gitea_url = "http://attacker.example" } });
        var argo = await teams.SendAsync(HttpMethod.Post, "/api/golden-paths/onboard-team/runs", teams.Alice,
            new { parameters = new { team = teams.TeamA, argocd_namespace = "kube-system" } });

        foreach (var refused in new[] { own, other })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
            Assert.StartsWith("This golden path is for admins only", TwoTeams.ProblemText(refused.Body));
        }
        Assert.Equal(HttpStatusCode.UnprocessableEntity, url.Status);
        Assert.Contains("GoldenPaths:Settings:gitea_url", TwoTeams.ProblemText(url.Body));
        Assert.StartsWith("Golden path settings come from the platform", TwoTeams.ProblemText(argo.Body));
        Assert.DoesNotContain("attacker.example", (await teams.SendAsync(HttpMethod.Get, "/api/golden-paths/onboard-team", teams.Alice)).Body);
        Assert.Equal(0, await GoldenPathRunsAsync(teams, teams.Alice));
    }

    [Fact]
    public async Task Alice_cannot_approve_reject_or_skip_her_own_production_approval_and_bob_cannot_see_it()
    {
        var (teams, aliceApp, _) = await CastAsync();
        var (status, body) = await teams.SendAsync(HttpMethod.Post, "/api/golden-paths/undeploy-app/runs", teams.Alice,
            new { parameters = new { app_name = aliceApp, environment = "prod", reason = "retiring it" } });
        Assert.True(status == HttpStatusCode.Accepted, body);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("workflowRunId").GetGuid();
        await WaitForGateAsync(teams, id);

        var approve = await teams.SendAsync(HttpMethod.Post, $"/api/workflows/{id}/steps/approve-production/approve", teams.Alice, new { reason = "me" });
        var reject = await teams.SendAsync(HttpMethod.Post, $"/api/workflows/{id}/steps/approve-production/reject", teams.Alice, new { reason = "me" });
        var skip = await teams.SendAsync(HttpMethod.Post, $"/api/workflows/{id}/steps/approve-production/skip", teams.Alice, new { reason = "urgent" });
        var bob = await teams.SendAsync(HttpMethod.Post, $"/api/workflows/{id}/steps/approve-production/approve", teams.Bob, new { reason = "sure" });
        var after = await teams.SendAsync(HttpMethod.Get, $"/api/workflows/{id}", teams.Alice);
        var admin = await teams.SendAsync(HttpMethod.Post, $"/api/workflows/{id}/steps/approve-production/reject", teams.Admin, new { reason = "not today" });

        foreach (var refused in new[] { approve, reject, skip })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
            Assert.StartsWith(OwnRequestRule, TwoTeams.ProblemText(refused.Body));
        }
        Assert.Equal(HttpStatusCode.NotFound, bob.Status);
        Assert.Equal("waiting_approval", Step(after.Body, "approve-production").GetProperty("state").GetString());
        Assert.Equal("pending", Step(after.Body, "delete-workload").GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Accepted, admin.Status);
        await Infrastructure.Eventually.TrueAsync(async () =>
        {
            var audit = await teams.SendAsync(HttpMethod.Get, $"/api/admin/audit?action=workflow.step.&target={id}/approve-production", teams.Admin);
            var entries = JsonDocument.Parse(audit.Body).RootElement.GetProperty("items").EnumerateArray()
                .Select(e => (e.GetProperty("actor").GetString(), e.GetProperty("action").GetString(), e.GetProperty("outcome").GetString())).ToList();
            return entries.Count(e => e.Item3 == "denied" && e.Item1!.StartsWith("alice-", StringComparison.Ordinal)) == 3
                && entries.Contains(("admin", "workflow.step.reject", "success"));
        }, timeoutSeconds: 30);
    }

    /// <summary>Fresh teams with one application each (submitted as their owners).</summary>
    private async Task<(TwoTeams Teams, string AliceApp, string BobApp)> CastAsync()
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var suffix = teams.TeamA[^6..];
        var (aliceApp, bobApp) = ($"alice-shop-{suffix}", $"bob-bank-{suffix}");
        foreach (var (bearer, app) in new[] { (teams.Alice, aliceApp), (teams.Bob, bobApp) })
        {
            var (status, body) = await teams.SubmitSpecAsync(bearer, $"apiVersion: score.dev/v1b1\nmetadata: {{name: {app}}}\ncontainers: {{main: {{image: nginx}}}}\n");
            Assert.True(status is HttpStatusCode.Created or HttpStatusCode.OK, $"{app}: {status} {body}");
        }
        return (teams, aliceApp, bobApp);
    }

    private static async Task<int> GoldenPathRunsAsync(TwoTeams teams, string bearer)
    {
        var (_, body) = await teams.SendAsync(HttpMethod.Get, "/api/workflows?kind=golden-path", bearer);
        return JsonDocument.Parse(body).RootElement.GetProperty("items").GetArrayLength();
    }

    private static async Task WaitForGateAsync(TwoTeams teams, Guid id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var (_, body) = await teams.SendAsync(HttpMethod.Get, $"/api/workflows/{id}", teams.Alice);
            if (body.Contains("\"waiting_approval\"", StringComparison.Ordinal))
                return;
            Assert.True(DateTime.UtcNow < deadline, $"run {id} never waited for approval: {body}");
            await Task.Delay(200);
        }
    }

    private static JsonElement Step(string run, string name) =>
        JsonDocument.Parse(run).RootElement.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);
}
