namespace Innominatus.WorkflowService.Workflows.Gitea;

/// <summary>A <c>gitea-repo</c> step failed for a reason the user can act on; its one-line message becomes the step's error.</summary>
public sealed class GiteaStepException(string message) : Exception(message);
