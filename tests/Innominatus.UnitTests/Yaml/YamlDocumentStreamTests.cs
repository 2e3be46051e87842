using Innominatus.WorkflowService.Workflows.Kubernetes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.UnitTests.Yaml;

/// <summary>Several documents in one text, as Kubernetes manifests come: the same scalars and limits as one document.</summary>
public class YamlDocumentStreamTests
{
    [Fact]
    public void Documents_are_read_in_order_with_core_schema_scalars_and_anchors_of_their_own()
    {
        var (documents, errors) = YamlJsonReader.ReadAll("""
            a: &x 1
            b: *x
            ---
            ---
            c: "2"
            d: [true, ~, 0x10]
            """);

        Assert.Empty(errors);
        Assert.Equal(["""{"a":1,"b":1}""", "null", """{"c":"2","d":[true,null,16]}"""], documents.Select(d => d?.ToJsonString() ?? "null"));
    }

    [Fact]
    public void An_alias_to_an_anchor_of_an_earlier_document_is_an_error_with_its_line()
    {
        var (_, errors) = YamlJsonReader.ReadAll("a: &x 1\n---\nb: *x\n");

        var error = Assert.Single(errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("*x refers to no anchor", error.Message);
    }

    [Fact]
    public void A_manifest_with_a_duplicate_key_or_broken_yaml_is_refused_naming_the_line()
    {
        var duplicate = Assert.Throws<KubernetesStepException>(() => ManifestReader.ReadAll("kind: ConfigMap\n---\nkind: Secret\nkind: ConfigMap\n"));
        var broken = Assert.Throws<KubernetesStepException>(() => ManifestReader.ReadAll("kind: ConfigMap\ndata: [unclosed\n"));

        Assert.Equal("manifest is not valid YAML (line 4): duplicate key 'kind'", duplicate.Message);
        Assert.StartsWith("manifest is not valid YAML (line ", broken.Message);
        Assert.Equal(2, ManifestReader.ReadAll("kind: A\n---\nkind: B\n").Count);
    }
}
