namespace Innominatus.Contracts.Workflows;

/// <summary>The step state changes one transaction committed, as one message: a busy engine commits many at once.</summary>
public sealed record StepStatesChanged(IReadOnlyList<StepStateChanged> Changes);
