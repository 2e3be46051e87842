namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>A step with its position in the steps list, so errors can point at <c>steps[Index]</c>.</summary>
internal sealed record IndexedStep(int Index, StepDefinition Step);
