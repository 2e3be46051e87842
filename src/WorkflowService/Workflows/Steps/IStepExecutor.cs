namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>Runs one step type. Must be safe to run twice for one idempotency key (a crash may repeat an attempt).</summary>
public interface IStepExecutor
{
    string Type { get; }

    Task<StepOutcome> ExecuteAsync(StepRun run, CancellationToken cancellationToken);
}
