using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Applications;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workloads;

/// <summary>
/// Starts the workload's run for a revision (or its removal), superseding an unfinished earlier one.
/// <c>Workloads:Deploy=false</c> turns it off where workloads reach the cluster some other way (GitOps).
/// </summary>
public sealed class WorkloadRuns(WorkflowDbContext db, WorkflowEngine engine, IConfiguration configuration)
{
    public async Task StartAsync(Application application, int revision, string operation, string actor, CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Workloads:Deploy", true))
        {
            return;
        }
        var unfinished = await db.WorkflowExecutions.Include(e => e.Steps)
            .Where(e => e.Kind == "application" && e.Application == application.Name
                && e.State != ExecutionState.Succeeded && e.State != ExecutionState.Failed && e.State != ExecutionState.Cancelled)
            .ToListAsync(cancellationToken);
        foreach (var old in unfinished)
        {
            engine.Supersede(old, DefinitionJson.Deserialize(old.Definition), $"superseded by revision {revision}");
        }
        var parameters = new JsonObject { ["application"] = application.Name, ["revision"] = revision };
        engine.Create(WorkloadWorkflow.For(operation), parameters,
            new ExecutionRequest("application", application.Team, actor, application.Name, Operation: operation, RequestId: Guid.CreateVersion7()));
    }
}
