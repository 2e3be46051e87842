using System.Text.Json;
using System.Text.Json.Nodes;
using Innominatus.Contracts.GoldenPaths;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.GoldenPaths;
using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Identity;
using Innominatus.WorkflowService.Outbox;
using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.WorkflowService.GoldenPathRuns;

/// <summary>
/// Stores the run, its workflow run and its <see cref="GoldenPathRunRequested"/> event in one transaction: the first
/// steps are sent as soon as it commits, with no trip through the broker before them.
/// </summary>
public sealed class StoredGoldenPathRunStarter(WorkflowDbContext db, WorkflowEngine engine, OutboxWriter outbox, StepDispatch dispatch, IHttpContextAccessor http, TimeProvider clock)
    : IGoldenPathRunStarter
{
    public async Task<GoldenPathRunAccepted> StartAsync(GoldenPath goldenPath, JsonObject parameters, CancellationToken cancellationToken)
    {
        var caller = http.HttpContext?.GetCaller() ?? throw new InvalidOperationException("A golden path run needs an authenticated request.");
        var run = new GoldenPathRun
        {
            Id = Guid.CreateVersion7(),
            GoldenPath = goldenPath.Name,
            Parameters = JsonDocument.Parse(parameters.ToJsonString()),
            RequestedBy = caller.User,
            Team = caller.Team ?? "",
            RequestedAt = clock.GetUtcNow(),
            State = "started",
        };
        run.ExecutionId = engine.Create(goldenPath.Workflow, parameters, new ExecutionRequest("golden-path", run.Team, run.RequestedBy, RequestId: run.Id)).Id;
        db.GoldenPathRuns.Add(run);
        outbox.Add(new GoldenPathRunRequested(run.Id, run.GoldenPath, run.Parameters.RootElement.Clone(), run.RequestedBy, run.Team, run.RequestedAt));
        await db.SaveChangesAsync(cancellationToken);
        await dispatch.CommittedAsync();
        return new GoldenPathRunAccepted(run.Id, run.GoldenPath, parameters, run.RequestedAt, run.ExecutionId);
    }
}
