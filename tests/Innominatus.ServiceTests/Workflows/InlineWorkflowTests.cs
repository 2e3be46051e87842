using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>A Score file's own <c>workflows:</c> run, tracked, with every revision that changes the spec.</summary>
public class InlineWorkflowTests
{
    private static string Spec(string name, string greeting, string parameter = "{type: string, default: team-a}") => $$"""
        apiVersion: score.dev/v1b1
        metadata:
          name: {{name}}
        containers:
          web:
            image: nginx:1.27
        workflows:
          announce:
            parameters:
              owner: {{parameter}}
            steps:
              - name: say
                type: noop
                config:
                  outputs:
                    greeting: "{{greeting}} from ${metadata.name} of ${parameters.owner}"
              - name: after
                type: noop
                phase: post
        """;

    [Fact]
    public async Task Inline_workflows_run_once_per_changed_revision_after_the_resources_with_their_logs_kept()
    {
        await using var system = await WorkflowApi.StartAsync(new Dictionary<string, string> { ["Workloads:Deploy"] = "false" });
        using var alice = system.As("alice", "team-a");

        await alice.PostAsync("/api/applications", Yaml(Spec("inline", "hello"))).StatusAsync(HttpStatusCode.Created);
        var first = await WaitForRunsAsync(alice, 1);
        await alice.PostAsync("/api/applications", Yaml(Spec("inline", "hello"))).StatusAsync(HttpStatusCode.OK);
        await alice.PostAsync("/api/applications", Yaml(Spec("inline", "welcome"))).StatusAsync(HttpStatusCode.OK);
        var second = await WaitForRunsAsync(alice, 2);

        Assert.Equal(["succeeded", "succeeded"], new[] { first[0], second[0] }.Select(r => r.GetProperty("state").GetString()));
        var run = await Runs.WaitForStateAsync(alice, second[0].GetProperty("id").GetGuid(), "succeeded", TimeSpan.FromSeconds(30));
        Assert.Equal(["innominatus-resources-ready", "say", "after"], run.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        var say = run.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "say");
        Assert.Equal("welcome from inline of team-a", say.GetProperty("outputs").GetProperty("greeting").GetString());
    }

    [Fact]
    public async Task An_inline_workflow_with_a_required_parameter_and_no_default_or_a_reserved_step_name_is_refused_and_nothing_is_stored()
    {
        await using var system = await WorkflowApi.StartAsync(new Dictionary<string, string> { ["Workloads:Deploy"] = "false" });
        using var alice = system.As("alice", "team-a");

        var response = await alice.PostAsync("/api/applications", Yaml(Spec("inline", "hello", "{type: string, required: true}")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("workflows.announce.parameters", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await alice.GetAsync("/api/applications/inline")).StatusCode);
        var reserved = await alice.PostAsync("/api/applications", Yaml(Spec("inline", "hello").Replace("- name: say", "- name: innominatus-resources-ready", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reserved.StatusCode);
        Assert.Contains("innominatus-resources-ready is reserved", await reserved.Content.ReadAsStringAsync());
    }

    private static async Task<JsonElement[]> WaitForRunsAsync(HttpClient client, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var runs = (await client.GetFromJsonAsync<JsonElement>("/api/workflows?application=inline&kind=score-workflow")).GetProperty("items").EnumerateArray().ToArray();
            if (runs.Length >= count && runs.All(r => r.GetProperty("state").GetString() is "succeeded" or "failed" or "cancelled"))
            {
                Assert.Equal(count, runs.Length);
                return runs;
            }
            Assert.True(DateTime.UtcNow < deadline, $"{runs.Length} inline run(s) after 30 s: {string.Join(", ", runs.Select(r => r.GetProperty("state")))}");
            await Task.Delay(100);
        }
    }

    private static StringContent Yaml(string spec) => new(spec, Encoding.UTF8, "application/yaml");
}
