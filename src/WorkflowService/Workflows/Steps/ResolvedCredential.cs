using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// The credential a step calls its API with (null: none named), or why it has none. <see cref="Secrets"/> holds a
/// value read from a Kubernetes Secret: it is not among the run's known secrets, so the step masks it itself.
/// </summary>
public sealed record ResolvedCredential(StepCredential? Credential, string? Error, SecretValues Secrets)
{
    public static readonly ResolvedCredential None = new(null, null, SecretValues.None);

    public static ResolvedCredential Refused(string error) => new(null, error, SecretValues.None);
}
