using Innominatus.WorkflowService.Workflows.Engine;
using Innominatus.WorkflowService.Workflows.Steps;

namespace Innominatus.WorkflowService.Workflows.Helm;

/// <summary>
/// The step log with a helm step's secret values masked: a chart's notes or helm's errors may quote a value, and one
/// read from a Kubernetes Secret is not among the run's known secrets.
/// </summary>
public sealed class MaskingLog(IStepLog inner, SecretValues secrets) : IStepLog
{
    public void Write(string line) => inner.Write(secrets.Mask(line));
}
