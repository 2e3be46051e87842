using Innominatus.Contracts.Diagnostics;
using Innominatus.WorkflowService.Data;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Diagnostics;

/// <summary>Records each answer once, even when RabbitMQ delivers it twice.</summary>
public sealed class BusProbeAnsweredConsumer(WorkflowDbContext db, TimeProvider clock) : IConsumer<BusProbeAnswered>
{
    public async Task Consume(ConsumeContext<BusProbeAnswered> context)
    {
        var answer = context.Message;
        var known = await db.BusProbeAnswers.AnyAsync(a => a.ProbeId == answer.ProbeId && a.Service == answer.Service, context.CancellationToken);
        if (known)
        {
            return;
        }
        db.BusProbeAnswers.Add(new BusProbeAnswer
        {
            ProbeId = answer.ProbeId,
            Service = answer.Service,
            AnsweredAt = answer.AnsweredAt,
            ReceivedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(context.CancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent redelivery stored it first.
        }
    }
}
