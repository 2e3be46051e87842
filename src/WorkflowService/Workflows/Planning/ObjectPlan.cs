namespace Innominatus.WorkflowService.Workflows.Planning;

/// <summary>One Kubernetes object of a plan: <c>valid</c> when the API server accepted it in a dry run, else its reason.</summary>
public sealed record ObjectPlan(string Object, string Result, string? Detail);
