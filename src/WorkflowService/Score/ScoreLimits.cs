namespace Innominatus.WorkflowService.Score;

/// <summary>Bounds on what a Score file may contain, so hostile or broken input is refused quickly and cheaply.</summary>
/// <param name="MaxErrors">Stops collecting after this many errors; a file this broken needs no complete list.</param>
public sealed record ScoreLimits(
    int MaxBytes = 1_048_576, int MaxDepth = 64, int MaxNodes = 100_000, int MaxResources = 500, int MaxContainers = 100, int MaxErrors = 100)
{
    public static ScoreLimits Default { get; } = new();
}
