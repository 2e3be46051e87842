using System.Text.RegularExpressions;
using Innominatus.KubernetesTests.Infrastructure;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>The options the tests install are the ones docs/kubernetes.md shows, and the production file is its example.</summary>
public sealed partial class GuideDocumentTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(Repository.Root, "docs", "kubernetes.md"));

    [GeneratedRegex(@"```yaml\n(# Production Configuration for innominatus\n.*?)```", RegexOptions.Singleline)]
    private static partial Regex ProductionExample();

    [Theory]
    [MemberData(nameof(GuideOptions.Names), MemberType = typeof(GuideOptions))]
    public void Every_tested_setting_appears_in_the_guide_as_written(string option)
    {
        var settings = GuideOptions.ByName(option).Chunk(2).Where(pair => pair[0] == "--set").Select(pair => pair[1]).ToList();

        Assert.All(settings, setting => Assert.Contains($"  --set {setting}", Guide));
    }

    [Fact]
    public void Production_values_file_is_the_guides_example_unchanged()
    {
        var example = ProductionExample().Match(Guide);

        Assert.True(example.Success, "docs/kubernetes.md has no production values example");
        Assert.Equal(example.Groups[1].Value, File.ReadAllText(Repository.ProductionValues));
    }
}
