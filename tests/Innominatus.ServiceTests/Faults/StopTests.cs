extern alias workflow;
using System.Net;
using Innominatus.ServiceTests.Infrastructure;
using RabbitMQ.Client;

namespace Innominatus.ServiceTests.Faults;

/// <summary>
/// A replica that stops while its database is away must still stop its bus. The bus is stopped last, with what is left
/// of the host's stop timeout: a hosted service that waited out the database's retries before it (the lease reaper did)
/// left the bus a cancelled stop, and the bus stayed connected, its consumer on the step queue taking commands it
/// could never claim. The broker here is the test's own, so every consumer it counts is this replica's.
/// </summary>
public class StopTests
{
    private const string StepQueue = "workflow-execute-step";

    [Fact]
    public async Task A_workflow_service_stopping_without_its_database_leaves_no_consumer_on_the_step_queue()
    {
        await using var infra = await PrivateInfrastructure.StartAsync();
        var service = new ServiceFactory<workflow::Program>(infra.NewDatabaseConnectionString(), infra.Settings);
        using var client = await service.StartAsync();
        await Eventually.TrueAsync(async () => await ConsumersAsync(infra.RabbitMq) == 1);

        await infra.StopPostgresAsync();
        // Not ready any more: the background loops are failing their rounds against the missing database by now.
        await Eventually.TrueAsync(async () => (await client.GetAsync("/ready")).StatusCode == HttpStatusCode.ServiceUnavailable, timeoutSeconds: 30);
        await Task.Delay(TimeSpan.FromSeconds(2));
        await service.DisposeAsync();

        Assert.Equal(0u, await ConsumersAsync(infra.RabbitMq));
    }

    private static async Task<uint> ConsumersAsync(string broker)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(broker) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync(StepQueue)).ConsumerCount;
    }
}
