using System.Text.Json;
using System.Threading.Channels;
using Innominatus.Cli.Api;
using Innominatus.CliTests.Infrastructure;

namespace Innominatus.CliTests.Api;

/// <summary>
/// The CLI's reader of <c>/api/events/stream</c> against the real workflow service: the watch commands fall back to
/// polling when it yields nothing, so their own tests would not notice events it fails to read.
/// </summary>
[Collection(CliSystemCollection.Name)]
public class EventStreamTests(CliSystem system)
{
    [Fact]
    public async Task Events_of_a_deployment_arrive_with_their_type_and_JSON_data()
    {
        using var api = system.Api();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var opened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var events = Channel.CreateUnbounded<ServerEvent>();
        var reading = Task.Run(async () =>
        {
            await foreach (var e in EventStream.ReadAsync(api, opened.SetResult, stop.Token))
            {
                events.Writer.TryWrite(e);
            }
        }, CancellationToken.None);
        await opened.Task.WaitAsync(stop.Token);

        var deployed = await system.Cli().RunAsync("deploy", Specs.Write(Specs.WithResource(Names.Unique("events"), "test-db")), "-w");
        Assert.True(deployed.ExitCode == 0, deployed.ToString());

        var seen = new List<ServerEvent>();
        await foreach (var e in events.Reader.ReadAllAsync(stop.Token))
        {
            seen.Add(e);
            if (seen.Exists(s => s.Type == "log" && s.Data.GetProperty("line").GetString() == "provisioned db")
                && seen.Exists(s => s.Type == "workflow") && seen.Exists(s => s.Type == "step"))
            {
                break;
            }
        }
        Assert.All(seen, e => Assert.Equal(JsonValueKind.Object, e.Data.ValueKind));
        await stop.CancelAsync();
        await reading.ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
