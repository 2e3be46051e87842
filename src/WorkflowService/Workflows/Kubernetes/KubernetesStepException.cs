namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>A Kubernetes step failed for a reason the user can act on; its message becomes the step's error.</summary>
public sealed class KubernetesStepException(string message) : Exception(message);
