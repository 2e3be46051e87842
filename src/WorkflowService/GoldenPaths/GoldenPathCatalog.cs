using Innominatus.WorkflowService.Shared;

namespace Innominatus.WorkflowService.GoldenPaths;

public sealed class GoldenPathCatalog(GoldenPathLoader loader, ILogger<GoldenPathCatalog> logger) : IGoldenPathCatalog
{
    private readonly SemaphoreSlim _reloadLock = new(1, 1);
    private volatile IReadOnlyList<GoldenPath> _current = [];

    public IReadOnlyList<GoldenPath> All => _current;

    public GoldenPath? Find(string name) => _current.FirstOrDefault(p => p.Name == name);

    public async Task<GoldenPathLoadResult> ReloadAsync(CancellationToken cancellationToken)
    {
        await _reloadLock.WaitAsync(cancellationToken);
        try
        {
            var errors = new List<CatalogLoadError>();
            var loaded = loader.Load(errors);
            if (loaded is null)
            {
                logger.LogError("Golden path load failed with {ErrorCount} errors; keeping {Count} golden paths loaded before: {Errors}",
                    errors.Count, _current.Count, string.Join("; ", errors));
            }
            else
            {
                _current = loaded;
                logger.LogInformation("Loaded {Count} golden paths", loaded.Count);
            }
            return new GoldenPathLoadResult(loaded is not null, [.. _current.Select(p => p.Name)], errors, DateTimeOffset.UtcNow);
        }
        finally
        {
            _reloadLock.Release();
        }
    }
}
