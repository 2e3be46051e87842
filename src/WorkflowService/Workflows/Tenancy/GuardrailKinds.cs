namespace Innominatus.WorkflowService.Workflows.Tenancy;

/// <summary>
/// Namespaced kinds that grant access or set the platform's limits inside a namespace. A tenant creating, changing or
/// deleting them could widen its own rights or lift the quotas and network rules the platform put around it.
/// </summary>
public static class GuardrailKinds
{
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "Role", "RoleBinding", "ResourceQuota", "LimitRange", "NetworkPolicy",
    };

    public static bool Contains(string kind) => Kinds.Contains(kind);
}
