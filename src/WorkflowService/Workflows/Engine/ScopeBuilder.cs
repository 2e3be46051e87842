using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Resources;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>The placeholders a run may use: its parameters, its finished steps' outputs and its application's resources' outputs.</summary>
public sealed class ScopeBuilder(WorkflowDbContext db, OutputProtection protection)
{
    public async Task<TemplateScope> BuildAsync(WorkflowExecution execution, CancellationToken cancellationToken)
    {
        var parameters = JsonNode.Parse(execution.Parameters.RootElement.GetRawText()) as JsonObject ?? [];
        var resources = execution.Application is { } application
            ? await ResourceOutputsAsync(application, cancellationToken)
            : new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var metadata = new JsonObject { ["name"] = execution.Application };
        return new TemplateScope(parameters, new Dictionary<string, JsonObject>(), resources, metadata).WithSteps(execution, protection);
    }

    public async Task<Dictionary<string, JsonObject>> ResourceOutputsAsync(string application, CancellationToken cancellationToken)
    {
        var rows = await db.Resources.AsNoTracking()
            .Where(r => r.Application == application && r.State != ResourceState.Deleted && r.Outputs != null)
            .Select(r => new { r.Name, r.Outputs }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Name, r => JsonNode.Parse(r.Outputs!.RootElement.GetRawText()) as JsonObject ?? [], StringComparer.Ordinal);
    }
}
