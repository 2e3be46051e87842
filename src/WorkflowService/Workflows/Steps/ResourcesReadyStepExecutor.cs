using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Resources;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// <c>resources-ready</c>: waits until every resource of <c>config.application</c> is active; a failed one fails the
/// step (naming it) so the workload is not started against a missing database.
/// </summary>
public sealed class ResourcesReadyStepExecutor(IServiceScopeFactory scopes) : IStepExecutor
{
    public string Type => "resources-ready";

    public async Task<StepOutcome> ExecuteAsync(StepRun run, CancellationToken cancellationToken)
    {
        var application = run.ConfigString("application") ?? run.Application;
        var reported = "";
        var backoff = new PollBackoff();
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
            var states = await db.Resources.AsNoTracking().Where(r => r.Application == application && r.State != ResourceState.Deleted)
                .Select(r => new { r.Name, r.State }).ToListAsync(cancellationToken);
            if (states.FirstOrDefault(s => s.State == ResourceState.Failed) is { } failed)
            {
                return StepOutcome.Failure($"resource {failed.Name} failed; fix it (retry its workflow) and retry this run");
            }
            var waiting = string.Join(", ", states.Where(s => s.State != ResourceState.Active).Select(s => $"{s.Name} ({s.State})"));
            if (waiting.Length == 0)
            {
                run.Log.Write($"all {states.Count} resource(s) of {application} are active");
                return StepOutcome.Success();
            }
            if (waiting != reported)
            {
                run.Log.Write("waiting for " + waiting);
                reported = waiting;
            }
            await backoff.WaitAsync(cancellationToken);
        }
    }
}
