using System.Text.Json;
using System.Text.Json.Nodes;
using Innominatus.Contracts.GoldenPaths;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.GoldenPaths;
using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Identity;
using Innominatus.WorkflowService.Outbox;

namespace Innominatus.WorkflowService.GoldenPathRuns;

/// <summary>Stores the run and its <see cref="GoldenPathRunRequested"/> event in one transaction.</summary>
public sealed class StoredGoldenPathRunStarter(WorkflowDbContext db, OutboxWriter outbox, OutboxSignal signal, IHttpContextAccessor http, TimeProvider clock)
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
        };
        db.GoldenPathRuns.Add(run);
        outbox.Add(new GoldenPathRunRequested(run.Id, run.GoldenPath, run.Parameters.RootElement.Clone(), run.RequestedBy, run.Team, run.RequestedAt));
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return new GoldenPathRunAccepted(run.Id, run.GoldenPath, parameters, run.RequestedAt);
    }
}
