namespace Innominatus.SystemTests;

/// <summary>A test that needs the local kube-apiserver: skipped, saying why, when KUBECONFIG is unset (eng/test.sh sets it).</summary>
public sealed class KubernetesFactAttribute : FactAttribute
{
    public KubernetesFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBECONFIG")))
        {
            Skip = "KUBECONFIG is not set: eng/test.sh starts a local kube-apiserver for this test.";
        }
    }
}
