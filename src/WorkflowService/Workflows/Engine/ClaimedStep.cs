using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>A step attempt this process owns now, with what it needs to run.</summary>
public sealed record ClaimedStep(WorkflowExecution Execution, StepExecution Step, StepDefinition Definition, TemplateScope Scope);
