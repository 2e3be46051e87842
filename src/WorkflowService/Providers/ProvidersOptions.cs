namespace Innominatus.WorkflowService.Providers;

public sealed class ProvidersOptions
{
    public const string Section = "Providers";

    /// <summary>The providers shipped with the service, copied next to the binaries.</summary>
    public const string ShippedFolder = "provider-catalog";

    /// <summary>Where providers come from; empty means the shipped folder. Relative paths start at the service's base directory.</summary>
    public List<ProviderSourceOptions> Sources { get; set; } = [];

    /// <summary>Where git sources are cloned; defaults to a folder under the system temp directory.</summary>
    public string? WorkDirectory { get; set; }

    public TimeSpan GitTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
