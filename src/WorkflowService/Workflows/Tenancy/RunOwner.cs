namespace Innominatus.WorkflowService.Workflows.Tenancy;

/// <summary>
/// The team a run acts for, in the application's namespace. <c>Tenant</c>: the workflow was written by that team (a
/// Score file's <c>workflows:</c>), so every step is held to <see cref="TenantStepRules"/>; otherwise it is a platform
/// workflow run for the application (its workload, a resource's provider workflow).
/// </summary>
public sealed record RunOwner(string Team, string Namespace, bool Tenant)
{
    /// <summary>Tenant objects are applied under a manager of the team's own, so server-side apply reports a conflict instead of sharing fields with another team or the platform.</summary>
    public string FieldManager => Tenant ? $"innominatus-team-{Team}" : Kubernetes.KubernetesApplier.FieldManager;
}
