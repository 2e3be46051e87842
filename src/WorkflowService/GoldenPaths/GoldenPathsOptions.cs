namespace Innominatus.WorkflowService.GoldenPaths;

public sealed class GoldenPathsOptions
{
    public const string Section = "GoldenPaths";

    /// <summary>The golden paths shipped with the service, copied next to the binaries.</summary>
    public const string ShippedFolder = "golden-path-catalog";

    /// <summary>Folders to load; empty means the shipped folder.</summary>
    public List<GoldenPathSourceOptions> Sources { get; set; } = [];

    /// <summary>
    /// Platform values that parameters declared <c>setting: NAME</c> take (a URL that receives credentials, a
    /// platform namespace): a caller can never give them. An unset one leaves the golden path's default.
    /// </summary>
    public Dictionary<string, string> Settings { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Images (a full reference, or a prefix ending in <c>/</c> or <c>:</c>) that a caller who is not an admin may
    /// give to a parameter declared <c>format: image</c>; empty means only admins may choose such an image.
    /// </summary>
    public List<string> AllowedImages { get; set; } = [];
}
