namespace Innominatus.WorkflowService.Workflows.Planning;

public sealed record WorkflowPlanView(string Workflow, bool Valid, IReadOnlyList<StepPlan> Steps, IReadOnlyList<string> Errors);
