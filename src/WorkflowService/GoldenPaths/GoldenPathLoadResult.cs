using Innominatus.WorkflowService.Shared;

namespace Innominatus.WorkflowService.GoldenPaths;

public sealed record GoldenPathLoadResult(bool Succeeded, IReadOnlyList<string> GoldenPaths, IReadOnlyList<CatalogLoadError> Errors, DateTimeOffset CompletedAt);
