using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Providers;

public sealed record ResourceTypeDefinition(
    string Type,
    IReadOnlyList<string> Aliases,
    string? Description,
    ResourceTypeWorkflows Workflows,
    IReadOnlyDictionary<string, ParameterDefinition> Parameters,
    IReadOnlyList<ResourceOutputDefinition> Outputs)
{
    public IEnumerable<string> Names => Aliases.Prepend(Type);
}
