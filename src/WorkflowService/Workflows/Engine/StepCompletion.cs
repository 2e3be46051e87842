using Innominatus.Contracts.Workflows;
using Innominatus.WorkflowService.Workflows.Steps;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <param name="Lines">The step's last log lines: stored even when the outcome no longer counts.</param>
public sealed record StepCompletion(ExecuteStep Message, StepOutcome Outcome, IReadOnlyList<StepLog> Lines);
