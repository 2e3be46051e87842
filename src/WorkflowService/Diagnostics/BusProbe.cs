using Innominatus.Contracts.Diagnostics;
using Innominatus.WorkflowService.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Innominatus.WorkflowService.Diagnostics;

/// <summary>Publishes a probe and waits until every expected service has answered over RabbitMQ.</summary>
public sealed class BusProbe(IPublishEndpoint publisher, WorkflowDbContext db, IOptions<BusProbeOptions> options, TimeProvider clock)
{
    public async Task<BusProbeResult> RunAsync(CancellationToken cancellationToken)
    {
        var probeId = Guid.NewGuid();
        var expected = options.Value.ExpectedServices;
        var deadline = clock.GetUtcNow().AddSeconds(options.Value.TimeoutSeconds);
        await publisher.Publish(new BusProbeRequested(probeId, Extensions.Extensions.ServiceName, clock.GetUtcNow()), cancellationToken);

        List<BusProbeAnswer> answers;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            answers = await db.BusProbeAnswers.AsNoTracking().Where(a => a.ProbeId == probeId).OrderBy(a => a.Service).ToListAsync(cancellationToken);
        }
        while (expected.Except(answers.Select(a => a.Service)).Any() && clock.GetUtcNow() < deadline);

        var missing = expected.Except(answers.Select(a => a.Service)).Order().ToArray();
        return new BusProbeResult(probeId, answers.Select(a => new BusProbeResult.Answer(a.Service, a.AnsweredAt, a.ReceivedAt)).ToArray(), missing);
    }
}
