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
        var runId = Guid.CreateVersion7();
        var team = caller.Team ?? "";
        var execution = engine.Create(goldenPath.Workflow, parameters, new ExecutionRequest("golden-path", team, caller.User, RequestId: runId));
        var run = new GoldenPathRun
        {
            Id = runId,
            GoldenPath = goldenPath.Name,
            // The workflow run's copy: secret parameters sealed.
            Parameters = JsonDocument.Parse(execution.Parameters.RootElement.GetRawText()),
            RequestedBy = caller.User,
            Team = team,
            RequestedAt = clock.GetUtcNow(),
            State = "started",
            ExecutionId = execution.Id,
        };
        db.GoldenPathRuns.Add(run);
        var shown = SecretParameters.Masked(parameters, goldenPath.Workflow);
        outbox.Add(new GoldenPathRunRequested(run.Id, run.GoldenPath, JsonSerializer.SerializeToElement(shown), run.RequestedBy, run.Team, run.RequestedAt));
        await db.SaveChangesAsync(cancellationToken);
        await dispatch.CommittedAsync();
        return new GoldenPathRunAccepted(run.Id, run.GoldenPath, shown, run.RequestedAt, run.ExecutionId);
    }
}
