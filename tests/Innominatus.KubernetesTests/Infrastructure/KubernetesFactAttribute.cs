namespace Innominatus.KubernetesTests.Infrastructure;

/// <summary>
/// A test that needs the local kube-apiserver (eng/k8s-local-up.sh). Skipped, with the reason, when KUBECONFIG is
/// unset, so a developer without the server still gets a green run; eng/test.sh and CI always set it.
/// </summary>
public sealed class KubernetesFactAttribute : FactAttribute
{
    public const string SkipReason =
        "KUBECONFIG is not set: start the local API server with 'eng/k8s-local-up.sh /tmp/k8s' and export KUBECONFIG=/tmp/k8s/kubeconfig (eng/test.sh does both).";

    public KubernetesFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBECONFIG")))
        {
            Skip = SkipReason;
        }
    }
}
