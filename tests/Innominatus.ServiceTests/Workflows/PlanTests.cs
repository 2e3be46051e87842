using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Applications;
using Innominatus.ServiceTests.Infrastructure;
using k8s;
using k8s.Models;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>Plans show what would run, with the local kube-apiserver's server-side dry run of each object, and change nothing.</summary>
public class PlanTests
{
    [KubernetesFact]
    public async Task An_application_dry_run_plans_every_resource_workflow_and_stores_nothing()
    {
        await using var system = await WorkflowApi.StartAsync(new Dictionary<string, string> { ["Kubernetes:Kubeconfig"] = LocalCluster.Kubeconfig! });
        using var alice = system.As("alice", "team-a");
        var name = "plan-" + Guid.NewGuid().ToString("N")[..8];

        var response = await alice.PostAsync("/api/applications?dryRun=true", new StringContent(Specs.Web(name), Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(plan.GetProperty("valid").GetBoolean(), plan.ToString());
        Assert.Equal(1, plan.GetProperty("revision").GetInt32());
        var changes = plan.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("resource").GetString()!);
        Assert.Equal(["cache", "db"], changes.Keys.Order());
        Assert.All(changes.Values, c => Assert.Equal("create", c.GetProperty("operation").GetString()));
        var objects = changes["db"].GetProperty("plan").GetProperty("steps").EnumerateArray().SelectMany(s => s.GetProperty("objects").EnumerateArray()).ToList();
        Assert.NotEmpty(objects);
        Assert.All(objects, o => Assert.Equal(("valid", "would be created"), (o.GetProperty("result").GetString(), o.GetProperty("detail").GetString())));
        Assert.Equal(HttpStatusCode.NotFound, (await alice.GetAsync($"/api/applications/{name}")).StatusCode);
        Assert.DoesNotContain(await Outbox.TypesAsync(system.Workflow.DatabaseConnectionString), e => e.EndsWith("ApplicationSubmitted", StringComparison.Ordinal));
    }

    [KubernetesFact]
    public async Task A_golden_path_plan_orders_the_steps_in_layers_and_reports_each_objects_dry_run()
    {
        var ns = LocalCluster.NewNamespace();
        using var cluster = LocalCluster.Client();
        await cluster.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = ns } });
        var steps = $$"""
              - name: apply
                type: kubernetes
                config:
                  namespace: {{ns}}
                  manifest: |
                    apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: "${parameters.who}-config"}
                    ---
                    apiVersion: apps/v1
                    kind: Deployment
                    metadata: {name: broken}
                    spec:
                      template:
                        spec:
                          containers: [{name: x, image: x}]
              - name: announce
                type: noop
                dependsOn: [apply]
            """;
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["planned"] = "parameters:\n  who: {type: string, required: true}\n---steps\n" + steps },
            new Dictionary<string, string> { ["Kubernetes:Kubeconfig"] = LocalCluster.Kubeconfig! });

        var plan = await (await engine.Client.PostAsJsonAsync("/api/workflows/plan", new { goldenPath = "planned", parameters = new { who = "web" } })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.False(plan.GetProperty("valid").GetBoolean());
        var planned = plan.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal([("apply", 1), ("announce", 2)], planned.Select(s => (s.GetProperty("name").GetString(), s.GetProperty("layer").GetInt32())));
        var objects = planned[0].GetProperty("objects").EnumerateArray().ToList();
        Assert.Equal(($"ConfigMap/web-config in {ns}", "valid"), (objects[0].GetProperty("object").GetString(), objects[0].GetProperty("result").GetString()));
        Assert.Equal("invalid", objects[1].GetProperty("result").GetString());
        Assert.Contains("selector", objects[1].GetProperty("detail").GetString());
        Assert.DoesNotContain((await cluster.CoreV1.ListNamespacedConfigMapAsync(ns)).Items, c => c.Metadata.Name == "web-config");
        Assert.Equal(0, (await engine.Client.GetFromJsonAsync<JsonElement>("/api/workflows")).GetProperty("total").GetInt32());
    }

    [KubernetesFact]
    public async Task A_plan_masks_a_secret_parameter_that_the_api_servers_verdict_quotes()
    {
        const string secret = "Not_A_Valid_Name_Secret_7q";
        var ns = LocalCluster.NewNamespace();
        using var cluster = LocalCluster.Client();
        await cluster.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = ns } });
        var steps = $$"""
              - name: apply
                type: kubernetes
                config:
                  namespace: {{ns}}
                  manifest: |
                    apiVersion: v1
                    kind: ConfigMap
                    metadata: {name: "${parameters.token}"}
            """;
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["leaky"] = "parameters:\n  token: {type: string, secret: true}\n---steps\n" + steps },
            new Dictionary<string, string> { ["Kubernetes:Kubeconfig"] = LocalCluster.Kubeconfig! });

        var answer = await (await engine.Client.PostAsJsonAsync("/api/workflows/plan", new { goldenPath = "leaky", parameters = new { token = secret } })).Content.ReadAsStringAsync();

        var plan = JsonDocument.Parse(answer).RootElement;
        Assert.False(plan.GetProperty("valid").GetBoolean(), answer);
        Assert.Contains("(secret)", answer);
        Assert.DoesNotContain(secret, answer);
    }

    [Fact]
    public async Task A_posted_workflow_is_validated_and_planned_and_bad_requests_get_problems()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["noop"] = "  - {name: only, type: noop}\n" });
        const string header = "apiVersion: innominatus.dev/v1\nkind: Workflow\nmetadata: {name: posted}\n";

        var planned = await engine.Client.PostAsJsonAsync("/api/workflows/plan", new { workflow = header + "parameters:\n  n: {type: integer}\nsteps:\n  - {name: a, type: noop}\n  - {name: b, type: noop, dependsOn: [a]}\n", parameters = new { n = 2 } });
        var badParameter = await engine.Client.PostAsJsonAsync("/api/workflows/plan", new { goldenPath = "noop", parameters = new { nope = 1 } });
        var cycle = await engine.Client.PostAsJsonAsync("/api/workflows/plan", new { workflow = header + "steps:\n  - {name: a, type: noop, dependsOn: [b]}\n  - {name: b, type: noop, dependsOn: [a]}\n" });
        var neither = await engine.Client.PostAsJsonAsync("/api/workflows/plan", new { parameters = new { } });
        var both = await engine.Client.PostAsJsonAsync("/api/workflows/plan", new { goldenPath = "noop", workflow = header });
        var unknown = await engine.Client.PostAsJsonAsync("/api/workflows/plan", new { goldenPath = "no-such-path" });
        var otherTeams = await engine.Client.PostAsJsonAsync("/api/workflows/plan", new { goldenPath = "noop", application = "not-visible" });

        var plan = await planned.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(plan.GetProperty("valid").GetBoolean(), plan.ToString());
        Assert.Equal(["a", "b"], plan.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        var refused = await badParameter.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(refused.GetProperty("valid").GetBoolean());
        Assert.Contains(refused.GetProperty("errors").EnumerateArray(), e => e.GetString()!.Contains("nope", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, cycle.StatusCode);
        Assert.Contains("cycle", await cycle.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("application/problem+json", cycle.Content.Headers.ContentType?.MediaType);
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.NotFound], [neither.StatusCode, both.StatusCode, unknown.StatusCode, otherTeams.StatusCode]);
    }
}
