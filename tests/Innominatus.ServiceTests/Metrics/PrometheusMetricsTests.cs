extern alias workflow;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Metrics;

public class PrometheusMetricsTests
{
    [Fact]
    public async Task Metrics_count_requests_by_method_route_and_status_and_count_database_queries()
    {
        await using var service = new ServiceFactory<workflow::Program>(TestInfrastructure.NewDatabaseConnectionString(), new Dictionary<string, string>
        {
            ["Diagnostics:BusProbe:ExpectedServices:0"] = "workflow",
            ["Diagnostics:BusProbe:ExpectedServices:1"] = "workflow",
            ["Diagnostics:BusProbe:ExpectedServices:2"] = "workflow",
        });
        using var client = Caller.As(await service.StartAsync(), "operator", "platform", "admin");
        (await client.PostAsync("/api/diagnostics/bus-probes", null)).EnsureSuccessStatusCode();
        await client.GetAsync("/api/diagnostics/nothing-here");

        var text = await client.GetStringAsync("/metrics");

        Assert.Matches("""innominatus_http_requests_total\{[^}]*method="POST",route="/api/diagnostics/bus-probes",status="200"[^}]*\} 1""", text);
        Assert.Matches("""innominatus_http_requests_total\{[^}]*method="GET",route="unmatched",status="404"[^}]*\} 1""", text);
        var queries = System.Text.RegularExpressions.Regex.Match(text, """innominatus_db_queries_total\{[^}]*schema="workflow"[^}]*\} (\d+)""");
        Assert.True(queries.Success, "innominatus_db_queries_total is missing");
        Assert.True(long.Parse(queries.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 2);
    }
}
