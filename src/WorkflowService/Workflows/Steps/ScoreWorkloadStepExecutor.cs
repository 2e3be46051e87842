using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Score;
using Innominatus.WorkflowService.Workflows.Engine;
using Innominatus.WorkflowService.Workflows.Kubernetes;
using Innominatus.WorkflowService.Workflows.Tenancy;
using Innominatus.WorkflowService.Workloads;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// <c>score-workload</c>: renders the application's Score workload of <c>config.revision</c> (Deployment, Service,
/// ConfigMap for files) with its resources' outputs and applies it into the application's namespace; with
/// <c>operation: delete</c> removes it.
/// </summary>
/// <remarks>A run for an application deploys only that application, into its own namespace, created for its team.</remarks>
public sealed class ScoreWorkloadStepExecutor(IServiceScopeFactory scopes, KubernetesApplier applier, NamespaceOwnership namespaces, KubernetesReadiness readiness) : IStepExecutor
{
    public string Type => "score-workload";

    public async Task<StepOutcome> ExecuteAsync(StepRun run, CancellationToken cancellationToken)
    {
        var application = (run.Owner is { Tenant: true } ? null : run.ConfigString("application")) ?? run.Application ?? "";
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WorkflowDbContext>();
        var app = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Name == application, cancellationToken);
        if (app is null)
        {
            return StepOutcome.Failure($"application {application} no longer exists");
        }
        var revision = int.TryParse(run.ConfigString("revision"), out var r) ? r : app.CurrentRevision;
        var stored = await db.ApplicationRevisions.AsNoTracking().Where(x => x.ApplicationId == app.Id && x.Revision == revision).Select(x => x.Spec).SingleAsync(cancellationToken);
        var spec = ScoreParser.Parse(stored.RootElement.GetRawText()).Spec!;
        var unresolved = new List<string>();
        var manifests = WorkloadRenderer.Render(spec, await ScopeAsync(db, app.Name, cancellationToken), unresolved);
        if (unresolved.Count > 0)
        {
            return StepOutcome.Failure("the workload names outputs no resource has: " + string.Join(", ", unresolved.Distinct().Select(u => "${" + u + "}")));
        }
        var ns = (run.Owner is null ? run.ConfigString("namespace") : null) ?? app.Name;
        try
        {
            var targets = new List<KubernetesObjectRef>();
            foreach (var manifest in manifests)
            {
                targets.Add(await applier.ResolveAsync(manifest, ns, cancellationToken));
            }
            if (run.ConfigString("operation") == "delete")
            {
                if (run.Owner is { } owner)
                {
                    await namespaces.CheckAsync(ns, owner, cancellationToken);
                }
                foreach (var target in targets)
                {
                    run.Log.Write(await applier.DeleteAsync(target, cancellationToken) ? $"deleted {target}" : $"{target} was already gone");
                }
                return StepOutcome.Success(new JsonObject { ["namespace"] = ns });
            }
            await namespaces.EnsureAsync(ns, run.Owner, cancellationToken);
            foreach (var (target, manifest) in targets.Zip(manifests))
            {
                await applier.ApplyAsync(target, manifest, dryRun: false, cancellationToken);
                run.Log.Write($"applied {target}");
            }
            if (run.Config["wait"] is JsonObject wait)
            {
                var timeout = Definitions.WorkflowDuration.TryParse(wait["timeout"]?.ToString(), out var given) ? given : TimeSpan.FromMinutes(10);
                await readiness.WaitAsync(targets, "ready", timeout, run.Log, cancellationToken);
            }
            return StepOutcome.Success(new JsonObject { ["namespace"] = ns, ["deployment"] = app.Name, ["revision"] = revision });
        }
        catch (KubernetesStepException e)
        {
            return StepOutcome.Failure(e.Message);
        }
    }

    private static async Task<TemplateScope> ScopeAsync(WorkflowDbContext db, string application, CancellationToken cancellationToken)
    {
        var outputs = await db.Resources.AsNoTracking().Where(r => r.Application == application && r.Outputs != null)
            .Select(r => new { r.Name, r.Outputs }).ToListAsync(cancellationToken);
        var resources = outputs.ToDictionary(o => o.Name, o => JsonNode.Parse(o.Outputs!.RootElement.GetRawText()) as JsonObject ?? [], StringComparer.Ordinal);
        return new TemplateScope([], new Dictionary<string, JsonObject>(), resources, new JsonObject { ["name"] = application });
    }
}
