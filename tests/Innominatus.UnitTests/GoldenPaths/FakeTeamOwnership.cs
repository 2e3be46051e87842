using Innominatus.WorkflowService.GoldenPaths;

namespace Innominatus.UnitTests.GoldenPaths;

/// <summary>Owners by name, for the guard's pure rules; the stored lookup is tested against PostgreSQL in the service tests.</summary>
public sealed class FakeTeamOwnership(IReadOnlyDictionary<string, string>? applications = null, IReadOnlyDictionary<string, string>? namespaces = null) : ITeamOwnership
{
    public Task<string?> ApplicationOwnerAsync(string application, CancellationToken cancellationToken) =>
        Task.FromResult(applications?.GetValueOrDefault(application));

    public Task<string?> NamespaceOwnerAsync(string ns, CancellationToken cancellationToken) =>
        Task.FromResult(namespaces?.GetValueOrDefault(ns));
}
