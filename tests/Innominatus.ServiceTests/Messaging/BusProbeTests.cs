extern alias demo;
extern alias identity;
extern alias workflow;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Messaging;

public class BusProbeTests
{
    [Fact]
    public async Task A_probe_published_by_the_workflow_service_is_answered_by_the_demo_and_identity_services_over_RabbitMQ()
    {
        var database = TestInfrastructure.NewDatabaseConnectionString();
        await using var workflowService = new ServiceFactory<workflow::Program>(database);
        await using var demoService = new ServiceFactory<demo::Program>(database);
        await using var identityService = new ServiceFactory<identity::Program>(database);
        using var client = Caller.As(await workflowService.StartAsync(), "operator", "platform", "admin");
        using var demoClient = await demoService.StartAsync();
        using var identityClient = await identityService.StartAsync();

        var response = await client.PostAsync("/api/diagnostics/bus-probes", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var services = body.RootElement.GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("service").GetString()!).ToArray();
        Assert.Equal(["demo", "identity", "workflow"], services);
        var probeId = body.RootElement.GetProperty("probeId").GetGuid();
        Assert.Equal(3L, await TestInfrastructure.ScalarAsync<long>(database, $"select count(*) from workflow.bus_probe_answers where probe_id = '{probeId}'"));
    }

    [Fact]
    public async Task A_service_that_never_answers_is_named_in_a_504_problem()
    {
        await using var workflowService = new ServiceFactory<workflow::Program>(TestInfrastructure.NewDatabaseConnectionString(), new Dictionary<string, string>
        {
            ["Diagnostics:BusProbe:ExpectedServices:0"] = "workflow",
            ["Diagnostics:BusProbe:ExpectedServices:1"] = "ghost",
            ["Diagnostics:BusProbe:ExpectedServices:2"] = "ghost",
            ["Diagnostics:BusProbe:TimeoutSeconds"] = "2",
        });
        using var client = Caller.As(await workflowService.StartAsync(), "operator", "platform", "admin");

        var response = await client.PostAsync("/api/diagnostics/bus-probes", null);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("No answer from ghost", problem.GetProperty("detail").GetString());
    }
}
