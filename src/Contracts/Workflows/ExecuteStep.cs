namespace Innominatus.Contracts.Workflows;

/// <summary>Run one attempt of one step. Delivered at least once; the step row decides whether this attempt still runs.</summary>
/// <param name="Team">
/// The run's team, for the fair share of a replica's step slots. Optional and last, so commands sent before it existed
/// still read (their steps share one anonymous team).
/// </param>
public sealed record ExecuteStep(Guid ExecutionId, Guid StepId, int Attempt, string? Team = null);
