namespace Innominatus.WorkflowService.GoldenPaths;

public sealed record GoldenPathSummary(string Name, string Description, string Category, IReadOnlyList<string> Tags, string? EstimatedDuration)
{
    public static GoldenPathSummary From(GoldenPath path) => new(path.Name, path.Description, path.Category, path.Tags, path.EstimatedDuration);
}
