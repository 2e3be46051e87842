using Innominatus.KubernetesTests.Infrastructure;

namespace Innominatus.KubernetesTests.Chart;

public sealed class ChartLintTests
{
    [Fact]
    public async Task Chart_passes_strict_lint_with_default_values()
    {
        var result = (await Helm.RunAsync("lint", "--strict", Repository.Chart)).EnsureSuccess();

        Assert.Contains("1 chart(s) linted, 0 chart(s) failed", result.Stdout);
    }

    [Theory]
    [MemberData(nameof(GuideOptions.Names), MemberType = typeof(GuideOptions))]
    public async Task Chart_passes_strict_lint_with_every_guide_option(string option)
    {
        var result = (await Helm.RunAsync(["lint", "--strict", Repository.Chart, .. GuideOptions.ByName(option)])).EnsureSuccess();

        Assert.Contains("0 chart(s) failed", result.Stdout);
        Assert.DoesNotContain("[WARNING]", result.Stdout);
    }

    [Fact]
    public async Task Contradictory_database_settings_fail_with_a_message_that_says_what_to_do()
    {
        var result = await Helm.RunAsync("template", "innominatus", Repository.Chart, "--set", "externalDatabase.enabled=true", "--set", "externalDatabase.host=db");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("set postgresql.enabled=false", result.Stderr);
    }

    [Fact]
    public async Task External_database_without_a_host_is_refused()
    {
        var result = await Helm.RunAsync("template", "innominatus", Repository.Chart, "--set", "postgresql.enabled=false");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("externalDatabase.host", result.Stderr);
    }
}
