namespace Innominatus.WorkflowService.GoldenPaths;

public sealed class GoldenPathSourceOptions
{
    /// <summary>A folder of <c>&lt;name&gt;.yaml</c> files; relative paths start at the service's base directory.</summary>
    public string? Path { get; set; }
}
