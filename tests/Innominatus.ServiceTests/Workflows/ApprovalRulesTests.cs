using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>Gate steps (approval, policy) are decided or skipped only by their approvers, never by the requester, and every attempt is audited.</summary>
public class ApprovalRulesTests
{
    private const string Gated = """
          - name: gate
            type: approval
            config: {message: "ship it?", approvers: [release-managers]}
          - name: after
            type: noop
            dependsOn: [gate]
        """;

    private const string Checked = """
          - name: checks
            type: policy
            config: {script: "echo denied; exit 3"}
          - name: after
            type: noop
            dependsOn: [checks]
        """;

    [Fact]
    public async Task Only_a_named_approver_who_did_not_request_the_run_approves_it()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["gated"] = Gated });
        var id = await engine.RunAsync("gated");
        await engine.WaitForAsync(id, "waiting_approval");
        using var teammate = engine.Service.CreateClient().As("carol", "team-a", "user");
        using var manager = engine.Service.CreateClient().As("dave", "release-managers", "user");

        var own = await engine.Client.PostAsJsonAsync($"/api/workflows/{id}/steps/gate/approve", new { reason = "mine" });
        var ownSkip = await engine.Client.PostAsJsonAsync($"/api/workflows/{id}/steps/gate/skip", new { reason = "in a hurry" });
        var notNamed = await teammate.PostAsJsonAsync($"/api/workflows/{id}/steps/gate/approve", new { reason = "sure" });
        var stillWaiting = await engine.WaitForAsync(id, "waiting_approval");
        var approved = await manager.PostAsJsonAsync($"/api/workflows/{id}/steps/gate/approve", new { reason = "reviewed" });
        var run = await engine.WaitForAsync(id, "succeeded");

        await Expect.ProblemAsync(own, HttpStatusCode.Forbidden, "Nobody decides or skips a gate of their own request");
        await Expect.ProblemAsync(ownSkip, HttpStatusCode.Forbidden, "Nobody decides or skips a gate of their own request");
        var problem = await Expect.ProblemAsync(notNamed, HttpStatusCode.Forbidden, "Only a named approver or an admin decides or skips a gate step");
        Assert.Contains("release-managers", problem.GetProperty("detail").GetString());
        Assert.Equal("waiting_approval", EngineHost.Step(stillWaiting, "gate").GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Accepted, approved.StatusCode);
        var outputs = EngineHost.Step(run, "gate").GetProperty("outputs");
        Assert.Equal(("dave", "reviewed"), (outputs.GetProperty("decidedBy").GetString(), outputs.GetProperty("comment").GetString()));
        Assert.True(outputs.TryGetProperty("decidedAt", out _));
        var log = await engine.LogLinesAsync(id, "gate");
        Assert.Contains(log, l => l.StartsWith("approve by alice refused: Nobody decides", StringComparison.Ordinal));
        Assert.Contains("approve by dave: reviewed", log);
        Assert.Equal(
            [("approve", "alice", "denied"), ("skip", "alice", "denied"), ("approve", "carol", "denied"), ("approve", "dave", "success")],
            await Outbox.DecisionsAsync(engine.Service.DatabaseConnectionString, id));
    }

    [Fact]
    public async Task A_failed_policy_step_is_skipped_only_by_an_admin_and_not_by_the_requester()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["checked"] = Checked });
        var id = await engine.RunAsync("checked");
        await engine.WaitForAsync(id, "failed");
        using var teammate = engine.Service.CreateClient().As("carol", "team-a", "user");
        using var admin = engine.Service.CreateClient().As("root", "team-a", "admin");

        var own = await engine.Client.PostAsJsonAsync($"/api/workflows/{id}/steps/checks/skip", new { reason = "policy is wrong" });
        var member = await teammate.PostAsJsonAsync($"/api/workflows/{id}/steps/checks/skip", new { reason = "policy is wrong" });
        var stillFailed = await engine.Client.GetFromJsonAsync<JsonElement>($"/api/workflows/{id}");
        var skipped = await admin.PostAsJsonAsync($"/api/workflows/{id}/steps/checks/skip", new { reason = "waived, ticket 42" });
        var run = await engine.WaitForAsync(id, "succeeded");

        await Expect.ProblemAsync(own, HttpStatusCode.Forbidden, "Nobody decides or skips a gate of their own request");
        await Expect.ProblemAsync(member, HttpStatusCode.Forbidden, "Only a named approver or an admin decides or skips a gate step");
        Assert.Equal("failed", EngineHost.Step(stillFailed, "checks").GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Accepted, skipped.StatusCode);
        Assert.Equal("skipped by root: waived, ticket 42", EngineHost.Step(run, "checks").GetProperty("skipReason").GetString());
        Assert.Equal(
            [("skip", "alice", "denied"), ("skip", "carol", "denied"), ("skip", "root", "success")],
            await Outbox.DecisionsAsync(engine.Service.DatabaseConnectionString, id));
    }
}
