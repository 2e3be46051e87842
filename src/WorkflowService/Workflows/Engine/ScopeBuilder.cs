using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Resources;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>The placeholders a run may use: its parameters, its finished steps' outputs and its application's resources' outputs.</summary>
public sealed class ScopeBuilder(WorkflowDbContext db)
{
    public async Task<TemplateScope> BuildAsync(WorkflowExecution execution, CancellationToken cancellationToken)
    {
        var parameters = JsonNode.Parse(execution.Parameters.RootElement.GetRawText()) as JsonObject ?? [];
        var resources = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        if (execution.Application is { } application)
        {
            var rows = await db.Resources.AsNoTracking()
                .Where(r => r.Application == application && r.State != ResourceState.Deleted && r.Outputs != null)
                .Select(r => new { r.Name, r.Outputs }).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                resources[row.Name] = JsonNode.Parse(row.Outputs!.RootElement.GetRawText()) as JsonObject ?? [];
            }
        }
        var metadata = new JsonObject { ["name"] = execution.Application };
        return new TemplateScope(parameters, new Dictionary<string, JsonObject>(), resources, metadata).WithSteps(execution);
    }
}
