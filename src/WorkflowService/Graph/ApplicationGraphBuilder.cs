using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Applications;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Resources;
using Innominatus.WorkflowService.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Graph;

/// <summary>
/// Reads an application's graph: the application, its current revision and every revision a resource was last changed
/// in, its resources, the latest run of each resource (and of each other workflow of the application) with its steps.
/// Older runs stay in /api/workflows: the graph shows where things stand, not their whole history.
/// </summary>
public sealed class ApplicationGraphBuilder(WorkflowDbContext db)
{
    /// <summary>Null when there is no such application or the caller may not see it: the API answers both alike.</summary>
    public async Task<ApplicationGraph?> BuildAsync(string name, CallerPrincipal caller, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().FindVisibleAsync(name, caller, cancellationToken);
        if (application is null)
        {
            return null;
        }
        var resources = await db.Resources.AsNoTracking().Where(r => r.ApplicationId == application.Id).OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var wanted = resources.Select(r => r.Revision).Append(application.CurrentRevision).ToHashSet();
        var revisions = await db.ApplicationRevisions.AsNoTracking().Where(r => r.ApplicationId == application.Id && wanted.Contains(r.Revision))
            .OrderBy(r => r.Revision).Select(r => new { r.Revision, r.SubmittedBy, r.SubmittedAt }).ToListAsync(cancellationToken);
        var runs = await LatestRunsAsync(application, cancellationToken);

        var graph = new GraphParts();
        var app = graph.Add(new GraphNode("app", GraphNodeKinds.Application, application.Name, $"application {application.Name}", application.State));
        foreach (var revision in revisions)
        {
            graph.Link(app, graph.Add(new GraphNode($"rev{revision.Revision}", GraphNodeKinds.Revision, revision.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"revision {revision.Revision}", StartedAt: revision.SubmittedAt)), GraphEdgeKinds.HasRevision);
        }
        var resourceIds = new Dictionary<Guid, string>();
        foreach (var (resource, index) in resources.Select((r, i) => (r, i + 1)))
        {
            var id = graph.Add(new GraphNode($"res{index}", GraphNodeKinds.Resource, resource.Name, $"{resource.Name} ({resource.Type})", resource.State, resource.Type, resource.Provider));
            resourceIds[resource.Id] = id;
            graph.Link(graph.Has($"rev{resource.Revision}") ? $"rev{resource.Revision}" : app, id, GraphEdgeKinds.Declares);
        }
        LinkResourceDependencies(graph, resources, resourceIds);
        foreach (var (run, index) in runs.Select((r, i) => (r, i + 1)))
        {
            RunNodes.Add(graph, run, $"run{index}", run.ResourceId is { } owner && resourceIds.TryGetValue(owner, out var parent) ? parent : app);
        }
        return new ApplicationGraph(application.Name, application.Team, graph.Nodes, graph.Edges);
    }

    /// <summary>The newest run of each resource, and of each named workflow run for the application without one.</summary>
    private async Task<List<WorkflowExecution>> LatestRunsAsync(Application application, CancellationToken cancellationToken)
    {
        // One pass in the database: an application with a long history sends only the ids of its latest runs.
        var latest = await db.Database.SqlQuery<Guid>($"""
            SELECT DISTINCT ON (coalesce(resource_id::text, 'workflow:' || name)) id AS "Value"
            FROM workflow.workflow_executions
            WHERE application = {application.Name} AND team = {application.Team}
            ORDER BY coalesce(resource_id::text, 'workflow:' || name), created_at DESC
            """).ToListAsync(cancellationToken);
        var runs = await db.WorkflowExecutions.AsNoTracking().Include(e => e.Steps).Where(e => latest.Contains(e.Id)).ToListAsync(cancellationToken);
        return runs.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToList();
    }

    /// <summary>A resource whose parameters name another one (<c>${resources.other.host}</c>) depends on it.</summary>
    private static void LinkResourceDependencies(GraphParts graph, List<ResourceInstance> resources, Dictionary<Guid, string> ids)
    {
        foreach (var resource in resources)
        {
            var parameters = resource.Parameters.RootElement.GetRawText();
            foreach (var other in resources.Where(o => o.Id != resource.Id && References(parameters, o.Name)))
            {
                graph.Link(ids[resource.Id], ids[other.Id], GraphEdgeKinds.DependsOn);
            }
        }
    }

    private static bool References(string text, string name) =>
        text.Contains("${resources." + name + ".", StringComparison.Ordinal) || text.Contains("${resources." + name + "}", StringComparison.Ordinal);
}
