using k8s.Models;

namespace Innominatus.Manifests;

/// <summary>The deployment guide's security context: non-root, no privilege escalation, no capabilities.</summary>
internal static class SecurityProfile
{
    public static V1PodSecurityContext Pod(long user) => new()
    {
        RunAsNonRoot = true,
        RunAsUser = user,
        RunAsGroup = user,
        FsGroup = user,
        SeccompProfile = new V1SeccompProfile { Type = "RuntimeDefault" },
    };

    /// <summary>
    /// Our images write only to /tmp (an emptyDir), so their root filesystem is read-only. Third-party images write
    /// their data below their own folders, which the Aspire manifest does not name: theirs stays writable.
    /// </summary>
    public static V1SecurityContext Container(long user, bool readOnlyRootFilesystem) => new()
    {
        AllowPrivilegeEscalation = false,
        Capabilities = new V1Capabilities { Drop = ["ALL"] },
        ReadOnlyRootFilesystem = readOnlyRootFilesystem,
        RunAsNonRoot = true,
        RunAsUser = user,
    };
}
