namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>Pauses the run until an authorised user approves or rejects the step through the API.</summary>
public sealed class ApprovalStepExecutor : IStepExecutor
{
    public string Type => "approval";

    public Task<StepOutcome> ExecuteAsync(StepRun run, CancellationToken cancellationToken)
    {
        run.Log.Write($"waiting for approval{(run.ConfigString("message") is { } message ? ": " + message : "")}");
        return Task.FromResult(StepOutcome.AwaitApproval());
    }
}
