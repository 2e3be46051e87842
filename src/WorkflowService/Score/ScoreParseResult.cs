namespace Innominatus.WorkflowService.Score;

/// <summary>The outcome of reading a Score file: the spec when it is valid, otherwise every error found.</summary>
public sealed record ScoreParseResult(ScoreSpec? Spec, IReadOnlyList<ScoreError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
