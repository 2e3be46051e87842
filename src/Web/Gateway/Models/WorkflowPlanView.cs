namespace Innominatus.Web.Gateway.Models;

/// <summary>The answer of <c>POST /api/workflows/plan</c>: what a run would do; nothing ran.</summary>
public sealed record WorkflowPlanView(string Workflow, bool Valid, IReadOnlyList<StepPlan> Steps, IReadOnlyList<string> Errors);
