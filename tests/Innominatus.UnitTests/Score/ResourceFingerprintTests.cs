using Innominatus.WorkflowService.Score;

namespace Innominatus.UnitTests.Score;

public class ResourceFingerprintTests
{
    private const string Head = "apiVersion: score.dev/v1b1\nmetadata: {name: app}\ncontainers: {main: {image: nginx}}\nresources:\n";

    [Fact]
    public void Is_a_stable_sha256_hex_independent_of_key_order_and_source_format()
    {
        var yaml = Fingerprint("  db:\n    type: postgres\n    class: large\n    params: {version: 16, options: {ssl: true, pool: 5}}\n");
        var reordered = Fingerprint("  db:\n    params: {options: {pool: 5.0, ssl: true}, version: 16}\n    class: large\n    type: postgres\n");
        var json = ScoreParser.Parse("""
            {"apiVersion": "score.dev/v1b1", "metadata": {"name": "app"}, "containers": {"main": {"image": "nginx"}},
             "resources": {"db": {"class": "large", "type": "postgres", "params": {"options": {"pool": 5, "ssl": true}, "version": 16}}}}
            """).Spec!.Resources["db"].Fingerprint;

        Assert.Matches("^[0-9a-f]{64}$", yaml);
        Assert.Equal(yaml, reordered);
        Assert.Equal(yaml, json);
    }

    [Theory]
    [InlineData("  db:\n    type: postgres\n    class: large\n    params: {version: 15, options: {ssl: true, pool: 5}}\n")]
    [InlineData("  db:\n    type: postgres\n    class: large\n    params: {version: 16, options: {ssl: false, pool: 5}}\n")]
    [InlineData("  db:\n    type: postgres\n    class: small\n    params: {version: 16, options: {ssl: true, pool: 5}}\n")]
    [InlineData("  db:\n    type: mysql\n    class: large\n    params: {version: 16, options: {ssl: true, pool: 5}}\n")]
    [InlineData("  db:\n    type: postgres\n    class: large\n    id: shared\n    params: {version: 16, options: {ssl: true, pool: 5}}\n")]
    [InlineData("  db:\n    type: postgres\n    class: large\n    params: {version: 16, options: {ssl: true, pool: 5}}\n    metadata: {annotations: {owner: blue}}\n")]
    [InlineData("  db:\n    type: postgres\n    class: large\n    params: {version: 16, options: {ssl: true, pool: 5, extra: null}}\n")]
    public void Changes_when_anything_declared_about_the_resource_changes(string changed)
    {
        var original = Fingerprint("  db:\n    type: postgres\n    class: large\n    params: {version: 16, options: {ssl: true, pool: 5}}\n");

        Assert.NotEqual(original, Fingerprint(changed));
    }

    [Fact]
    public void Does_not_depend_on_the_resource_name_or_on_other_resources()
    {
        var spec = ScoreParser.Parse(Head + "  db:\n    type: postgres\n  other-db:\n    type: postgres\n  cache:\n    type: redis\n").Spec!;

        Assert.Equal(spec.Resources["db"].Fingerprint, spec.Resources["other-db"].Fingerprint);
        Assert.NotEqual(spec.Resources["db"].Fingerprint, spec.Resources["cache"].Fingerprint);
    }

    [Fact]
    public void A_with_copy_gets_its_own_fingerprint()
    {
        var resource = ScoreParser.Parse(Head + "  db:\n    type: postgres\n").Spec!.Resources["db"];

        Assert.NotEqual(resource.Fingerprint, (resource with { Class = "large" }).Fingerprint);
    }

    private static string Fingerprint(string resources)
    {
        var result = ScoreParser.Parse(Head + resources);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        return result.Spec!.Resources["db"].Fingerprint;
    }
}
