using Innominatus.WorkflowService.Shared;

namespace Innominatus.WorkflowService.Providers;

public sealed record ProviderLoadResult(
    bool Succeeded,
    IReadOnlyList<string> Providers,
    int ResourceTypes,
    IReadOnlyList<CatalogLoadError> Errors,
    DateTimeOffset CompletedAt);
