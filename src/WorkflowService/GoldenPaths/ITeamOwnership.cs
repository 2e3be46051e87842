namespace Innominatus.WorkflowService.GoldenPaths;

/// <summary>Which team owns a thing a golden path parameter names; null when nobody (or no one clearly) does.</summary>
public interface ITeamOwnership
{
    Task<string?> ApplicationOwnerAsync(string application, CancellationToken cancellationToken);

    Task<string?> NamespaceOwnerAsync(string ns, CancellationToken cancellationToken);
}
