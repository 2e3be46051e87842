using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Innominatus.ServiceTests.Applications;
using Innominatus.ServiceTests.Infrastructure;
using Innominatus.Tests;

namespace Innominatus.ServiceTests.Metrics;

/// <summary>
/// The Grafana dashboard the demo ships queries only series the services really export: every metric its panels
/// name is in a live /metrics answer once an application has been submitted and its runs have ended.
/// </summary>
public partial class DashboardMetricsTests
{
    // Counted only once a message fails for good; DeadLetterTests reads this very series from /metrics.
    private const string DeadLettered = "innominatus_messages_dead_lettered_total";

    [Fact]
    public async Task Every_metric_the_demo_dashboard_queries_is_exported()
    {
        var dashboard = JsonDocument.Parse(File.ReadAllText(TestDataFolder.File("..", "..", "src", "DemoService", "Catalogue", "dashboards", "innominatus.json")));
        var queried = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(p => p.GetProperty("targets").EnumerateArray()).Select(t => t.GetProperty("expr").GetString()!)
            .SelectMany(e => MetricName().Matches(e).Select(m => m.Value)).ToHashSet();
        await using var system = await WorkflowApi.StartAsync(new Dictionary<string, string> { ["Kubernetes:Kubeconfig"] = "/nonexistent/kubeconfig" });
        using var alice = system.As("alice", "team-a");
        await alice.PostAsync("/api/applications", new StringContent(Specs.Web("shop"), Encoding.UTF8, "application/yaml")).StatusAsync(HttpStatusCode.Created);
        using var direct = system.Workflow.CreateClient();

        var exported = await Eventually.ValueAsync(async () =>
        {
            var names = MetricName().Matches(await direct.GetStringAsync("/metrics")).Select(m => m.Value).ToHashSet();
            // The resource gauge is observed on a later scrape than the submission; runs are counted once they end.
            return names.Contains("innominatus_workflows_executed_total") && names.Contains("innominatus_resources_total") ? names : null;
        }, timeoutSeconds: 60);

        Assert.Contains(DeadLettered, queried);
        Assert.All(queried.Where(q => q != DeadLettered), q => Assert.Contains(q, exported));
    }

    [GeneratedRegex("innominatus_[a-z_]+")]
    private static partial Regex MetricName();
}
