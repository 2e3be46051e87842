using Innominatus.WorkflowService.Score;

namespace Innominatus.UnitTests.Score;

/// <summary>
/// Recognises the errors of the checks Score's reference loader adds on top of the schema (placeholders, container
/// start order), so schema agreement can be judged on mutations that happen to break a reference.
/// </summary>
public static class ScoreReferenceErrors
{
    public static bool IsBeyondSchema(ScoreError error) =>
        error.Message.StartsWith("placeholder ", StringComparison.Ordinal)
        || error.Message.Contains("which is not a container of this workload", StringComparison.Ordinal)
        || error.Message.Contains("cannot wait for itself", StringComparison.Ordinal)
        || error.Message.Contains("before entries form a cycle", StringComparison.Ordinal);
}
