namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>Kinds of string a parameter declares with <c>format:</c>, each with a rule a golden path run checks.</summary>
public static class ParameterFormats
{
    /// <summary>A container image reference; a caller who is not an admin may only give one under <c>GoldenPaths:AllowedImages</c>.</summary>
    public const string Image = "image";

    public static readonly IReadOnlyList<string> All = [Image];
}
