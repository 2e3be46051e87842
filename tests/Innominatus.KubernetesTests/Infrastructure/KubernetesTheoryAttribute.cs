namespace Innominatus.KubernetesTests.Infrastructure;

/// <summary>The theory form of <see cref="KubernetesFactAttribute"/>: skipped when KUBECONFIG is unset.</summary>
public sealed class KubernetesTheoryAttribute : TheoryAttribute
{
    public KubernetesTheoryAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("KUBECONFIG")))
        {
            Skip = KubernetesFactAttribute.SkipReason;
        }
    }
}
