using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Helm;

namespace Innominatus.UnitTests.Helm;

/// <summary>The digest an install keeps on its release: equal for the same chart and values, different for any change.</summary>
public class HelmConfigDigestTests
{
    private static readonly HelmChart Gitea = new("gitea", "https://dl.gitea.com/charts/", "12.1.0");

    private static string Digest(HelmChart chart, string values, params (string Path, string Value)[] secrets) =>
        HelmConfigDigest.Compute(chart, null, (JsonObject)JsonNode.Parse(values)!, [.. secrets.Select(s => KeyValuePair.Create(s.Path, s.Value))]);

    [Fact]
    public void The_same_chart_and_values_give_the_same_digest_which_fits_a_label_value()
    {
        var digest = Digest(Gitea, """{"replicas": 1}""", ("auth.password", "x"));

        Assert.Equal(digest, Digest(Gitea, """{"replicas": 1}""", ("auth.password", "x")));
        Assert.Matches("^[0-9a-f]{60}$", digest);
    }

    [Fact]
    public void A_new_version_value_or_secret_value_changes_the_digest()
    {
        var digest = Digest(Gitea, """{"replicas": 1}""", ("auth.password", "x"));

        Assert.NotEqual(digest, Digest(Gitea with { Version = "12.1.1" }, """{"replicas": 1}""", ("auth.password", "x")));
        Assert.NotEqual(digest, Digest(Gitea, """{"replicas": 2}""", ("auth.password", "x")));
        Assert.NotEqual(digest, Digest(Gitea, """{"replicas": 1}""", ("auth.password", "y")));
    }

    [Fact]
    public void A_folder_charts_files_are_part_of_its_digest()
    {
        var folder = Directory.CreateTempSubdirectory("digest-").FullName;
        var chart = new HelmChart("charts/x", null, null);
        File.WriteAllText(Path.Combine(folder, "Chart.yaml"), "name: x\nversion: 0.1.0\n");
        var before = HelmConfigDigest.Compute(chart, folder, null, []);
        File.WriteAllText(Path.Combine(folder, "template.yaml"), "kind: ConfigMap\n");
        var after = HelmConfigDigest.Compute(chart, folder, null, []);
        Directory.Delete(folder, recursive: true);

        Assert.NotEqual(before, after);
    }

    [Fact]
    public void An_install_carries_the_digest_as_a_release_label_and_the_lookup_asks_for_exactly_it()
    {
        var install = HelmArguments.Install("gitea", "demo", Gitea, [], atomic: true, wait: true, TimeSpan.FromMinutes(5), "abc");
        var lookup = HelmArguments.DeployedWithDigest("gitea", "demo", "abc");

        Assert.Contains("--labels=innominatus.dev/config-digest=abc", install);
        Assert.Equal(["list", "--namespace=demo", "--deployed", "--output=json", "--filter=^gitea$", "--selector=innominatus.dev/config-digest=abc"], lookup);
    }
}
