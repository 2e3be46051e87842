using Innominatus.WorkflowService.Shared;
using Microsoft.Extensions.Options;

namespace Innominatus.WorkflowService.Providers;

/// <summary>Reads every configured source and builds a conflict-free snapshot, or reports why it cannot.</summary>
public sealed class ProviderSetLoader(IOptions<ProvidersOptions> options)
{
    private readonly GitRepositoryCache _git = new(
        options.Value.WorkDirectory ?? Path.Combine(Path.GetTempPath(), "innominatus", "provider-sources"),
        options.Value.GitTimeout);

    public async Task<ProviderCatalogSnapshot?> LoadAsync(List<CatalogLoadError> errors, CancellationToken cancellationToken)
    {
        var before = errors.Count;
        var sources = options.Value.Sources.Count > 0 ? options.Value.Sources : [new ProviderSourceOptions { Path = ProvidersOptions.ShippedFolder }];
        var providers = new List<ProviderManifest>();
        foreach (var source in sources)
        {
            providers.AddRange(await LoadSourceAsync(source, errors, cancellationToken));
        }
        if (errors.Count > before)
        {
            return null;
        }
        return ProviderCatalogSnapshot.TryCreate(providers, errors);
    }

    private async Task<List<ProviderManifest>> LoadSourceAsync(ProviderSourceOptions source, List<CatalogLoadError> errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(source.Git))
        {
            if (string.IsNullOrWhiteSpace(source.Path))
            {
                errors.Add(new CatalogLoadError("Providers:Sources", null, null, "a source needs either 'path' or 'git'"));
                return [];
            }
            var folder = Path.GetFullPath(source.Path, AppContext.BaseDirectory);
            return ProviderFolderLoader.Load(folder, folder, errors);
        }
        var description = $"{GitRepositoryCache.Redact(source.Git)}@{source.Ref}{(source.Path is null ? "" : $"/{source.Path}")}";
        string checkout;
        try
        {
            checkout = await _git.CheckoutAsync(source.Git, source.Ref, cancellationToken);
        }
        catch (GitCommandException ex)
        {
            errors.Add(new CatalogLoadError(description, null, null, ex.Message));
            return [];
        }
        var root = Path.GetFullPath(source.Path ?? ".", checkout);
        if (!root.StartsWith(Path.TrimEndingDirectorySeparator(checkout), StringComparison.Ordinal))
        {
            errors.Add(new CatalogLoadError(description, null, null, $"path '{source.Path}' leaves the repository"));
            return [];
        }
        return ProviderFolderLoader.Load(root, description, errors);
    }
}
