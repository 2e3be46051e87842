using Innominatus.WorkflowService.Shared;

namespace Innominatus.WorkflowService.Providers;

public sealed record ResourceTypeDetail(
    string Type,
    IReadOnlyList<string> Aliases,
    string? Description,
    IReadOnlyList<OperationDetail> Operations,
    IReadOnlyList<ParameterSummary> Parameters,
    IReadOnlyList<ResourceOutputDefinition> Outputs)
{
    public static ResourceTypeDetail From(ProviderManifest provider, ResourceTypeDefinition type) => new(
        type.Type,
        type.Aliases,
        type.Description,
        [.. Enum.GetValues<ResourceOperation>().Select(o => OperationDetail.From(o, provider.Workflows[type.Workflows.For(o)]))],
        ParameterSummary.From(type.Parameters),
        type.Outputs);
}
