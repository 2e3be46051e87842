namespace Innominatus.WorkflowService.GoldenPaths;

public sealed class GoldenPathsOptions
{
    public const string Section = "GoldenPaths";

    /// <summary>The golden paths shipped with the service, copied next to the binaries.</summary>
    public const string ShippedFolder = "golden-path-catalog";

    /// <summary>Folders to load; empty means the shipped folder.</summary>
    public List<GoldenPathSourceOptions> Sources { get; set; } = [];
}
