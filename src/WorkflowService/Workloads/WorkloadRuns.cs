using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Applications;
using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.WorkflowService.Workloads;

/// <summary>
/// Starts the workload's run for a revision (or its removal), superseding an unfinished earlier one.
/// <c>Workloads:Deploy=false</c> turns it off where workloads reach the cluster some other way (GitOps).
/// </summary>
public sealed class WorkloadRuns(WorkflowEngine engine, IConfiguration configuration)
{
    public async Task StartAsync(Application application, int revision, string operation, string actor, CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Workloads:Deploy", true))
        {
            return;
        }
        await engine.SupersedeAsync(e => e.Kind == "application" && e.Application == application.Name, $"superseded by revision {revision}", cancellationToken);
        var parameters = new JsonObject { ["application"] = application.Name, ["revision"] = revision };
        engine.Create(WorkloadWorkflow.For(operation), parameters,
            new ExecutionRequest("application", application.Team, actor, application.Name, Operation: operation, RequestId: Guid.CreateVersion7()));
    }
}
