extern alias demo;
extern alias workflow;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Innominatus.ServiceDefaults.Security;
using Innominatus.ServiceTests.Infrastructure;
using k8s;

namespace Innominatus.ServiceTests.Demo;

/// <summary>
/// The WorkflowService (real helm against the local kube-apiserver, with the kubeconfig given) and the DemoService
/// (the catalogue given) on one fresh database, called as an admin.
/// </summary>
public sealed class DemoStack : IAsyncDisposable
{
    private ServiceFactory<workflow::Program> workflowService = null!;
    private ServiceFactory<demo::Program> demoService = null!;

    public string Root { get; private init; } = "";

    public HttpClient Demo { get; private set; } = null!;

    public HttpClient Runs { get; private set; } = null!;

    public static async Task<DemoStack> StartAsync(
        string prefix, string catalogue, string? kubeconfig = null, IReadOnlyDictionary<string, string>? demoSettings = null, IReadOnlyDictionary<string, string>? workflowSettings = null)
    {
        var stack = new DemoStack { Root = TestCharts.SettingsChartRoot(prefix + "-") };
        var file = Path.Combine(stack.Root, "catalogue.yaml");
        await File.WriteAllTextAsync(file, catalogue);
        var database = TestInfrastructure.NewDatabaseConnectionString();
        var engine = new Dictionary<string, string>
        {
            ["Kubernetes:Kubeconfig"] = kubeconfig ?? LocalCluster.Kubeconfig!, ["Workflows:Helm:Path"] = HelmFactAttribute.Binary!, ["Workspaces:Root"] = stack.Root,
        };
        foreach (var (key, value) in workflowSettings ?? new Dictionary<string, string>())
        {
            engine[key] = value;
        }
        stack.workflowService = new ServiceFactory<workflow::Program>(database, engine);
        (await stack.workflowService.StartOnLoopbackAsync()).Dispose();
        var settings = new Dictionary<string, string> { ["Demo:WorkflowService"] = stack.workflowService.Address!.ToString(), ["Demo:Catalogue"] = file };
        foreach (var (key, value) in demoSettings ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }
        stack.demoService = new ServiceFactory<demo::Program>(database, settings);
        stack.Demo = (await stack.demoService.StartOnLoopbackAsync()).As("demo-admin", null, InternalCallerDefaults.AdminRole);
        stack.Runs = new HttpClient { BaseAddress = stack.workflowService.Address }.As("demo-admin", null, InternalCallerDefaults.AdminRole);
        return stack;
    }

    /// <summary>Posts to a demo route and waits for the run it started to finish.</summary>
    public async Task<JsonElement> RunAsync(string path, object body)
    {
        var response = await Demo.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{path}: {(int)response.StatusCode} {text}");
        var id = JsonDocument.Parse(text).RootElement.GetProperty("workflowRunId").GetGuid();
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (true)
        {
            var run = await Runs.GetFromJsonAsync<JsonElement>($"/api/workflows/{id}");
            if (run.GetProperty("state").GetString() is "succeeded" or "failed" or "cancelled" || DateTime.UtcNow > deadline)
            {
                return run;
            }
            await Task.Delay(250);
        }
    }

    public async Task<Dictionary<string, JsonElement>> StatusAsync() =>
        (await Demo.GetFromJsonAsync<JsonElement>("/api/demo/status")).GetProperty("components").EnumerateArray()
            .ToDictionary(c => c.GetProperty("name").GetString()!, c => c.Clone());

    public async Task<string[]> LogAsync(JsonElement run, string step) =>
        (await Runs.GetFromJsonAsync<JsonElement>($"/api/workflows/{run.GetProperty("id").GetGuid()}/logs?step={step}"))
            .EnumerateArray().Select(l => l.GetProperty("line").GetString()!).ToArray();

    public static JsonElement Step(JsonElement run, string step) => run.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == step);

    /// <summary>Helm's release records (Secrets labelled owner=helm) in the test's namespaces: release name → revision.</summary>
    public static async Task<Dictionary<string, string>> ReleasesAsync(IKubernetes cluster, string prefix)
    {
        var secrets = await cluster.CoreV1.ListSecretForAllNamespacesAsync(labelSelector: "owner=helm,status=deployed");
        return secrets.Items.Where(s => s.Metadata.NamespaceProperty.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(s => s.Metadata.Labels["name"], s => s.Metadata.Labels["version"]);
    }

    public async ValueTask DisposeAsync()
    {
        Demo.Dispose();
        Runs.Dispose();
        await demoService.DisposeAsync();
        await workflowService.DisposeAsync();
        Directory.Delete(Root, recursive: true);
    }
}
