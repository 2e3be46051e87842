using System.Diagnostics;
using Innominatus.ServiceTests.Infrastructure;
using Innominatus.ServiceTests.Workflows.Leases;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Xunit.Abstractions;

namespace Innominatus.ServiceTests.Faults;

/// <summary>
/// The "35-minute step", made fast: a RabbitMQ of the test's own closes every channel that holds a delivery
/// unacknowledged for more than 2 s (its <c>consumer_timeout</c>, checked every 0.5 s), and a step sleeps 5 s. The step
/// must run once and its run succeed. First the test shows that this broker does enforce the timeout (a raw consumer
/// that never acknowledges loses its channel, and the broker logs it); then, that no channel of the engine's was
/// timed out while the step ran: its message was acknowledged when the step was claimed. Moving the acknowledgement
/// back to after the step fails the second check (the broker times the channel out and says so); the step would
/// still run once only because its lease, renewed all along, turns the redelivered message away (LeaseTests).
/// </summary>
public class ConsumerTimeoutTests(ITestOutputHelper output)
{
    private static readonly TimeSpan ConsumerTimeout = TimeSpan.FromSeconds(2);
    private const string TimedOut = "has timed out waiting for delivery acknowledgement";

    [Fact]
    public async Task A_step_running_past_the_brokers_consumer_timeout_runs_once_and_its_run_succeeds()
    {
        await using var infra = await PrivateInfrastructure.StartAsync(ConsumerTimeout);
        var closedAfter = await HoldOneDeliveryUnacknowledgedAsync(infra.RabbitMq);
        output.WriteLine($"a delivery held unacknowledged closed its channel after {closedAfter.TotalSeconds:0.0} s");
        // The broker's log is written a moment after the fact.
        await Eventually.TrueAsync(() => Task.FromResult(Timeouts(infra).Count == 1), timeoutSeconds: 10);
        Assert.Single(Timeouts(infra));

        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["slow"] = LeaseTests.Slow }, infra.Settings, infra.NewDatabaseConnectionString());
        var run = await engine.RunAsync("slow");
        var done = await engine.WaitForAsync(run, "succeeded", seconds: 60);

        Assert.Single(File.ReadAllLines(Path.Combine(engine.Work, "runs")));
        Assert.Single(await engine.LogLinesAsync(run, "only"), l => l.StartsWith("starting", StringComparison.Ordinal));
        Assert.Equal(1, EngineHost.Step(done, "only").GetProperty("attempt").GetInt32());
        // Had the engine's channel held the message, the broker would have timed it out some 2.5 s before the step ended.
        var engineTimeouts = Timeouts(infra).Skip(1).ToList();
        Assert.True(engineTimeouts.Count == 0, "the broker timed out a channel of the engine's: " + string.Join("\n", engineTimeouts));
    }

    private static List<string> Timeouts(PrivateInfrastructure infra) => infra.BrokerLog().Where(l => l.Contains(TimedOut, StringComparison.Ordinal)).ToList();

    /// <summary>Consumes one message and never acknowledges it; returns how long the broker took to close the channel.</summary>
    private static async Task<TimeSpan> HoldOneDeliveryUnacknowledgedAsync(string broker)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(broker) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var queue = (await channel.QueueDeclareAsync()).QueueName;
        var closed = new TaskCompletionSource<ShutdownEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        channel.ChannelShutdownAsync += (_, e) => { closed.TrySetResult(e); return Task.CompletedTask; };
        var delivered = new TaskCompletionSource<Stopwatch>(TaskCreationOptions.RunContinuationsAsynchronously);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, _) => { delivered.TrySetResult(Stopwatch.StartNew()); return Task.CompletedTask; };
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer);
        await channel.BasicPublishAsync("", queue, "held"u8.ToArray());

        var held = await delivered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var shutdown = await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(406, shutdown.ReplyCode); // PRECONDITION_FAILED
        Assert.Contains("delivery acknowledgement on channel", shutdown.ReplyText, StringComparison.Ordinal);
        return held.Elapsed;
    }
}
