namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>Does nothing and succeeds; its config becomes its outputs. Useful for tests, plans and placeholders.</summary>
public sealed class NoopStepExecutor : IStepExecutor
{
    public string Type => "noop";

    public Task<StepOutcome> ExecuteAsync(StepRun run, CancellationToken cancellationToken)
    {
        run.Log.Write($"noop step {run.Step}");
        var outputs = run.Config.TryGetPropertyValue("outputs", out var o) && o is System.Text.Json.Nodes.JsonObject obj ? (System.Text.Json.Nodes.JsonObject)obj.DeepClone() : [];
        return Task.FromResult(StepOutcome.Success(outputs));
    }
}
