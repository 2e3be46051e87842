namespace Innominatus.WorkflowService.Applications;

/// <summary>The provider of a resource type, its canonical type name and its workflow per operation (create, update, delete).</summary>
public sealed record ProviderChoice(string Provider, string ResourceType, IReadOnlyDictionary<string, string> Workflows)
{
    public string WorkflowFor(string operation) =>
        Workflows.TryGetValue(operation, out var workflow) ? workflow
        : operation == "update" && Workflows.TryGetValue("create", out var create) ? create
        : throw new InvalidOperationException($"Provider {Provider} has no {operation} workflow for {ResourceType}.");
}
