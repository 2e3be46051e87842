using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Data;
using Innominatus.WorkflowService.Resources;
using Innominatus.WorkflowService.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// The placeholders a run may use: its parameters (secret ones decrypted, and known as secret values so log lines and
/// errors mask them), its finished steps' outputs and its application's resources' outputs.
/// </summary>
public sealed class ScopeBuilder(WorkflowDbContext db, OutputProtection protection)
{
    public async Task<TemplateScope> BuildAsync(WorkflowExecution execution, WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        var secrets = new List<string>();
        var parameters = protection.RevealParameters(execution.Parameters, SecretParameters.Names(definition), secrets);
        var resources = execution.Application is { } application
            ? await ResourceOutputsAsync(application, cancellationToken)
            : new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var metadata = new JsonObject { ["name"] = execution.Application };
        return new TemplateScope(parameters, new Dictionary<string, JsonObject>(), resources, metadata) { Secrets = new SecretValues(secrets) }.WithSteps(execution, protection);
    }

    public async Task<Dictionary<string, JsonObject>> ResourceOutputsAsync(string application, CancellationToken cancellationToken)
    {
        var rows = await db.Resources.AsNoTracking()
            .Where(r => r.Application == application && r.State != ResourceState.Deleted && r.Outputs != null)
            .Select(r => new { r.Name, r.Outputs }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Name, r => JsonNode.Parse(r.Outputs!.RootElement.GetRawText()) as JsonObject ?? [], StringComparer.Ordinal);
    }
}
