using Innominatus.WorkflowService.Workflows.Kubernetes;
using Innominatus.WorkflowService.Workflows.Steps;

namespace Innominatus.WorkflowService.Workflows.Helm;

/// <summary>
/// Passes helm's lines on to the step log and keeps the first one where the API server said "forbidden", as one line
/// naming the missing permission: the step's error then says which, not only helm's exit code.
/// </summary>
public sealed class ForbiddenWatch(IStepLog inner) : IStepLog
{
    public string? Forbidden { get; private set; }

    public void Write(string line)
    {
        inner.Write(line);
        Forbidden ??= KubernetesForbidden.Describe(line);
    }
}
