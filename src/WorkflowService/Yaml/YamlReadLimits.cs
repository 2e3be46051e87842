namespace Innominatus.WorkflowService.Yaml;

/// <summary>Bounds that stop hostile YAML (huge files, deep nesting, alias bombs) before it costs memory or time.</summary>
/// <param name="MaxNodes">Counts every value after alias expansion, so "billion laughs" documents are refused.</param>
public sealed record YamlReadLimits(int MaxBytes = 1_048_576, int MaxDepth = 64, int MaxNodes = 100_000)
{
    public static YamlReadLimits Default { get; } = new();
}
