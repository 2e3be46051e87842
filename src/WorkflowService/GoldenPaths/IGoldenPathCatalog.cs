namespace Innominatus.WorkflowService.GoldenPaths;

/// <summary>The loaded golden paths. A reload replaces the whole set or, on any error, nothing.</summary>
public interface IGoldenPathCatalog
{
    IReadOnlyList<GoldenPath> All { get; }

    GoldenPath? Find(string name);

    Task<GoldenPathLoadResult> ReloadAsync(CancellationToken cancellationToken);
}
