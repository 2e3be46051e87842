using Innominatus.WorkflowService.Shared;

namespace Innominatus.WorkflowService.Providers;

/// <summary>
/// Holds the current snapshot and swaps it atomically on a successful reload. Reloads run one at a time; a failed
/// reload leaves the previous snapshot in place, so callers never see a half-loaded set.
/// </summary>
public sealed class ProviderCatalog(ProviderSetLoader loader, ILogger<ProviderCatalog> logger) : IProviderCatalog
{
    private readonly SemaphoreSlim _reloadLock = new(1, 1);
    private volatile ProviderCatalogSnapshot _current = ProviderCatalogSnapshot.Empty;

    public IReadOnlyList<ProviderManifest> Providers => _current.Providers;

    public IReadOnlyCollection<string> ResourceTypes => [.. _current.Index.Keys.Order(StringComparer.Ordinal)];

    public ProviderResolution? Resolve(string resourceType) => _current.Index.GetValueOrDefault(resourceType);

    public async Task<ProviderLoadResult> ReloadAsync(CancellationToken cancellationToken)
    {
        await _reloadLock.WaitAsync(cancellationToken);
        try
        {
            var errors = new List<CatalogLoadError>();
            var snapshot = await loader.LoadAsync(errors, cancellationToken);
            if (snapshot is null)
            {
                logger.LogError("Provider load failed with {ErrorCount} errors; keeping {ProviderCount} providers loaded before: {Errors}",
                    errors.Count, _current.Providers.Count, string.Join("; ", errors));
                return Result(false, _current, errors);
            }
            _current = snapshot;
            logger.LogInformation("Loaded {ProviderCount} providers offering {TypeCount} resource types",
                snapshot.Providers.Count, snapshot.Providers.Sum(p => p.ResourceTypes.Count));
            return Result(true, snapshot, errors);
        }
        finally
        {
            _reloadLock.Release();
        }
    }

    private static ProviderLoadResult Result(bool succeeded, ProviderCatalogSnapshot snapshot, List<CatalogLoadError> errors) => new(
        succeeded,
        [.. snapshot.Providers.Select(p => p.Name)],
        snapshot.Providers.Sum(p => p.ResourceTypes.Count),
        errors,
        DateTimeOffset.UtcNow);
}
