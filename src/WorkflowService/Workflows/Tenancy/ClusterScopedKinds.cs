namespace Innominatus.WorkflowService.Workflows.Tenancy;

/// <summary>
/// Kinds known to be cluster-scoped, for refusing them when a workflow is submitted, with no cluster to ask. At run
/// time the API server's discovery decides, so a cluster-scoped CRD kind missing here is still refused then.
/// </summary>
public static class ClusterScopedKinds
{
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "Namespace", "Node", "PersistentVolume", "StorageClass", "CSIDriver", "CSINode", "VolumeAttachment",
        "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "APIService", "PriorityClass", "RuntimeClass",
        "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "ValidatingAdmissionPolicy",
        "ValidatingAdmissionPolicyBinding", "MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding",
        "CertificateSigningRequest", "IngressClass", "FlowSchema", "PriorityLevelConfiguration", "ComponentStatus",
        "TokenReview", "SubjectAccessReview", "SelfSubjectAccessReview", "SelfSubjectRulesReview", "ClusterIssuer",
        "ClusterSecretStore", "ClusterPolicy", "GatewayClass", "DeviceClass", "ResourceSlice",
    };

    public static bool Contains(string kind) => Kinds.Contains(kind);
}
