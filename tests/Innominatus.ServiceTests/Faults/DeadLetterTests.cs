extern alias workflow;
using System.Text.RegularExpressions;
using Innominatus.Contracts.Diagnostics;
using Innominatus.ServiceTests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Innominatus.ServiceTests.Faults;

/// <summary>
/// A message its consumer can never handle goes to the error queue with a metric and one error line, the signals
/// an operator alerts on. On a broker of its own: on the shared one another test's service could take the message.
/// </summary>
public class DeadLetterTests
{
    [Fact]
    public async Task A_message_failing_for_good_is_dead_lettered_once_with_a_metric_and_one_error_line()
    {
        await using var infra = await PrivateInfrastructure.StartAsync();
        await using var service = new ServiceFactory<workflow::Program>(TestInfrastructure.NewDatabaseConnectionString(), infra.Settings);
        using var client = await service.StartAsync();

        // A service name over the column's 63 characters: PostgreSQL refuses it (22001), every time, so no retry helps.
        await service.Services.GetRequiredService<IBus>().Publish(new BusProbeAnswered(Guid.NewGuid(), new string('x', 100), DateTimeOffset.UtcNow));

        var counted = new Regex("""innominatus_messages_dead_lettered_total\{[^}]*message_type="BusProbeAnswered",queue="([a-z-]+)"[^}]*\} (\d+)""");
        Match? match = null;
        await Eventually.TrueAsync(async () => (match = counted.Match(await client.GetStringAsync("/metrics"))).Success, timeoutSeconds: 30);
        Assert.Equal("1", match!.Groups[2].Value);
        var queue = match.Groups[1].Value;
        var line = Assert.Single(service.Logs.Lines, l => l.Contains("Message dead-lettered", StringComparison.Ordinal));
        Assert.Contains($"BusProbeAnswered", line);
        Assert.Contains($"moved to {queue}_error after its retries (DbUpdateException", line);
    }
}
