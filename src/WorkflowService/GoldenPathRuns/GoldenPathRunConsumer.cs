using System.Text.Json.Nodes;
using Innominatus.Contracts.GoldenPaths;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.GoldenPaths;
using Innominatus.WorkflowService.Outbox;
using Innominatus.WorkflowService.Workflows.Engine;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.GoldenPathRuns;

/// <summary>Starts the golden path's workflow for a requested run, once per run id.</summary>
public sealed class GoldenPathRunConsumer(WorkflowDbContext db, IGoldenPathCatalog catalog, WorkflowEngine engine, OutboxSignal signal) : IConsumer<GoldenPathRunRequested>
{
    public async Task Consume(ConsumeContext<GoldenPathRunRequested> context)
    {
        var request = context.Message;
        var run = await db.GoldenPathRuns.SingleOrDefaultAsync(r => r.Id == request.RunId, context.CancellationToken);
        if (run is null || run.State != "requested" || await db.WorkflowExecutions.AnyAsync(e => e.RequestId == request.RunId, context.CancellationToken))
        {
            return;
        }
        var goldenPath = catalog.Find(request.GoldenPath);
        if (goldenPath is null)
        {
            run.State = "failed";
        }
        else
        {
            var parameters = JsonNode.Parse(request.Parameters.GetRawText()) as JsonObject ?? [];
            var execution = engine.Create(goldenPath.Workflow, parameters, new ExecutionRequest("golden-path", request.Team, request.RequestedBy, RequestId: request.RunId));
            run.State = "started";
            run.ExecutionId = execution.Id;
        }
        await db.SaveChangesAsync(context.CancellationToken);
        signal.Notify();
    }
}
