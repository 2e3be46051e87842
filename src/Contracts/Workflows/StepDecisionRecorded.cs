namespace Innominatus.Contracts.Workflows;

/// <summary>
/// Audit record of a person's decision on a run's step: approve, reject or skip, whether it was allowed
/// (<c>success</c>) or refused (<c>denied</c>, with the rule in <c>Detail</c>), by whom and why.
/// </summary>
public sealed record StepDecisionRecorded(
    Guid ExecutionId,
    string Team,
    string Step,
    string StepType,
    string Action,
    string Actor,
    string Outcome,
    string? Reason,
    string? Detail,
    DateTimeOffset At);
