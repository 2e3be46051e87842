namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>The steps of one phase in layers: every step of a layer can run in parallel once the layers before it are done.</summary>
public sealed record PlanPhase(string Phase, IReadOnlyList<IReadOnlyList<StepDefinition>> Layers);
