using Innominatus.ServiceDefaults.Security;
using Innominatus.WorkflowService.Data;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Graph;

/// <summary>One workflow run as a graph: the run, its steps with state and duration, and the order they depend on.</summary>
public sealed class RunGraphBuilder(WorkflowDbContext db)
{
    /// <summary>Null when there is no such run or the caller may not see it: the API answers both alike.</summary>
    public async Task<ApplicationGraph?> BuildAsync(Guid id, CallerPrincipal caller, CancellationToken cancellationToken)
    {
        var run = await db.WorkflowExecutions.AsNoTracking().Include(e => e.Steps).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (run is null || !caller.MaySee(run.Team))
        {
            return null;
        }
        var graph = new GraphParts();
        RunNodes.Add(graph, run, "run", parent: null);
        return new ApplicationGraph(run.Application ?? "", run.Team, graph.Nodes, graph.Edges) { Name = run.Name, Title = $"workflow run {run.Name}" };
    }
}
