namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// This process among the service's replicas: the owner written on the steps it claims. A new id per start, so a
/// restarted process never mistakes a claim of its previous life for its own.
/// </summary>
public sealed class WorkerIdentity
{
    private readonly string id = $"{Guid.NewGuid():N}@{Environment.MachineName}";

    public string Id => id.Length <= 128 ? id : id[..128];
}
