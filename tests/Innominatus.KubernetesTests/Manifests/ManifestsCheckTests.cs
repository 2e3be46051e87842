using Innominatus.KubernetesTests.Infrastructure;

namespace Innominatus.KubernetesTests.Manifests;

public sealed class ManifestsCheckTests
{
    /// <summary>The CI gate: a fresh generation from the AppHost equals the committed manifests/.</summary>
    [Fact]
    public async Task Committed_manifests_match_a_fresh_generation_from_the_apphost()
    {
        var result = await ProcessRunner.RunAsync("bash", [Repository.Eng("check-manifests.sh")], timeout: TimeSpan.FromMinutes(10));

        result.EnsureSuccess();
        Assert.Contains("manifests/ matches the AppHost", result.Stdout);
    }
}
