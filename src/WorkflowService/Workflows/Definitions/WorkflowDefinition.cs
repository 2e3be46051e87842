namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>A validated workflow: its parameters, its steps in declaration order, and the outputs it publishes.</summary>
public sealed record WorkflowDefinition(
    string Name,
    string? Description,
    IReadOnlyDictionary<string, ParameterDefinition> Parameters,
    IReadOnlyList<StepDefinition> Steps,
    IReadOnlyDictionary<string, string> Outputs);
