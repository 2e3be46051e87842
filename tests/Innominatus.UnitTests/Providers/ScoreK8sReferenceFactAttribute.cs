using Innominatus.Tests;

namespace Innominatus.UnitTests.Providers;

/// <summary>
/// A test that compares the shipped providers with score-k8s's default provisioners in ../shared: skipped, saying so,
/// in a clone of the repository alone (CI has the folder, so it runs there).
/// </summary>
public sealed class ScoreK8sReferenceFactAttribute : FactAttribute
{
    public ScoreK8sReferenceFactAttribute() => Skip = TestDataFolder.SharedSkipReason(SharedReference.ScoreK8sProvisionersParts);
}
