extern alias workflow;
using System.Net;
using System.Text;
using Innominatus.Contracts.Applications;
using Innominatus.ServiceTests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Innominatus.ServiceTests.Applications;

public class OutboxRelayTests
{
    [Fact]
    public async Task Accepted_changes_reach_RabbitMQ_through_the_outbox()
    {
        await using var listener = await BusListener<ApplicationSubmitted>.StartAsync();
        await using var system = await WorkflowApi.StartAsync();
        using var alice = system.As("alice", "team-a");

        await alice.PostAsync("/api/applications", Yaml(Specs.Web("relayed"))).StatusAsync(HttpStatusCode.Created);

        var submitted = await listener.WaitForAsync(m => m.Application == "relayed", TimeSpan.FromSeconds(15));
        Assert.Equal(1, submitted.Revision);
        Assert.Equal("team-a", submitted.Team);
        await Eventually.TrueAsync(async () => await Outbox.UnpublishedAsync(system.Workflow.DatabaseConnectionString) == 0);
    }

    [Fact]
    public async Task A_broker_outage_loses_no_accepted_change_the_events_leave_when_a_broker_is_back()
    {
        var database = TestInfrastructure.NewDatabaseConnectionString();
        var deadBroker = new Dictionary<string, string> { ["ConnectionStrings:messaging"] = "amqp://guest:guest@127.0.0.1:1/" };
        await using (var withoutBroker = new ServiceFactory<workflow::Program>(database, deadBroker))
        {
            using var client = Caller.As(withoutBroker.CreateClient(), "alice", "team-a");

            var response = await client.PostAsync("/api/applications", Yaml(Specs.Web("outage")));

            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.True(await Outbox.UnpublishedAsync(database) >= 3);
        }

        await using var listener = await BusListener<ApplicationSubmitted>.StartAsync();
        await using var recovered = new ServiceFactory<workflow::Program>(database);
        using var _ = await recovered.StartAsync();

        var submitted = await listener.WaitForAsync(m => m.Application == "outage", TimeSpan.FromSeconds(20));
        Assert.Equal("alice", submitted.SubmittedBy);
        await Eventually.TrueAsync(async () => await Outbox.UnpublishedAsync(database) == 0);
    }

    private static StringContent Yaml(string spec) => new(spec, Encoding.UTF8, "application/yaml");
}
