using k8s.Models;

namespace Innominatus.KubernetesTests.Infrastructure;

/// <summary>Lookups into rendered Deployments that several tests need.</summary>
public static class Containers
{
    public static V1Container Only(V1Deployment deployment) => Assert.Single(deployment.Spec.Template.Spec.Containers);

    public static V1Container OnlyOf(V1StatefulSet statefulSet) => Assert.Single(statefulSet.Spec.Template.Spec.Containers);

    public static V1EnvVar Env(V1Container container, string name)
    {
        var matches = (container.Env ?? []).Where(e => e.Name == name).ToList();
        Assert.True(matches.Count == 1, $"Container {container.Name}: expected one {name}, found {matches.Count} (env: {string.Join(", ", (container.Env ?? []).Select(e => e.Name))}).");
        return matches[0];
    }

    public static bool HasEnv(V1Container container, string name) => (container.Env ?? []).Any(e => e.Name == name);
}
