using Innominatus.Tests;

namespace Innominatus.UnitTests.Providers;

/// <summary>score-k8s's default provisioners, in the reference material beside the checkout (../shared).</summary>
public static class SharedReference
{
    public static readonly string[] ScoreK8sProvisionersParts = ["score", "provisioners", "score-k8s__zz-default.provisioners.yaml"];

    public static string ScoreK8sProvisioners => Path.Combine([TestDataFolder.Shared!, .. ScoreK8sProvisionersParts]);
}
