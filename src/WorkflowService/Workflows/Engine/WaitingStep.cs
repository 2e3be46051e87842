using Innominatus.Contracts.Workflows;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>A step command waiting in this replica for a slot; <paramref name="Sequence"/> orders arrivals across teams.</summary>
public sealed record WaitingStep(ExecuteStep Message, bool Redelivered, long Sequence);
