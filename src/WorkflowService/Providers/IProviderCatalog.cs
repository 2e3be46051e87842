namespace Innominatus.WorkflowService.Providers;

/// <summary>The loaded providers. Reads see one consistent set; a reload swaps the whole set or nothing.</summary>
public interface IProviderCatalog
{
    IReadOnlyList<ProviderManifest> Providers { get; }

    /// <summary>Every resource type name the catalogue answers to: canonical types and aliases.</summary>
    IReadOnlyCollection<string> ResourceTypes { get; }

    ProviderResolution? Resolve(string resourceType);

    Task<ProviderLoadResult> ReloadAsync(CancellationToken cancellationToken);
}
