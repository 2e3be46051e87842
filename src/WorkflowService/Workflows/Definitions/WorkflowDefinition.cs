namespace Innominatus.WorkflowService.Workflows.Definitions;

public sealed record WorkflowDefinition(
    string Name,
    string? Description,
    IReadOnlyDictionary<string, ParameterDefinition> Parameters,
    IReadOnlyList<StepDefinition> Steps,
    IReadOnlyDictionary<string, string> Outputs);
