using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Engine;
using Innominatus.WorkflowService.Workflows.Kubernetes;

namespace Innominatus.UnitTests.Engine;

/// <summary>A placeholder's value is data: whatever it holds, it cannot change a condition or a manifest's structure.</summary>
public class PlaceholderValueTests
{
    private const string Hostile = "x\nkind: ClusterRoleBinding\nroleRef: {name: cluster-admin}\n---\napiVersion: v1\nkind: Secret";

    private static readonly TemplateScope Scope = TemplateScope.ForParameters(new JsonObject
    {
        ["hostile"] = Hostile,
        ["unequal"] = "x != y",
        ["quoted"] = "' or '1'=='1",
        ["equal"] = "prod == prod",
        ["replicas"] = 3,
        ["count"] = "3",
        ["name"] = "shop",
    });

    [Theory]
    [InlineData("${parameters.unequal} == 'prod'", false)]
    [InlineData("'${parameters.quoted}' == '1'", false)]
    [InlineData("${parameters.equal} != 'prod == prod'", false)]
    [InlineData("${parameters.name} contains ${parameters.equal}", false)]
    [InlineData("${parameters.name} == shop", true)]
    public void A_value_holding_an_operator_or_quotes_stays_one_operand(string condition, bool expected) =>
        Assert.Equal(expected, ConditionEvaluator.Evaluate(condition, Scope, new List<string>()));

    [Theory]
    [InlineData("name: \"${parameters.hostile}\"")]
    [InlineData("name: ${parameters.hostile}")]
    [InlineData("name: 'a-${parameters.hostile}'")]
    [InlineData("name: |\n    ${parameters.hostile}")]
    public void A_manifest_value_with_newlines_keys_and_document_markers_stays_one_scalar(string nameLine)
    {
        var template = $"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  {nameLine}\ndata: {{a: b}}\n";

        var documents = ManifestTemplate.Resolve(template, Scope, new List<string>());

        var document = Assert.Single(documents);
        Assert.Equal("ConfigMap", document["kind"]!.GetValue<string>());
        Assert.Equal(["apiVersion", "kind", "metadata", "data"], document.Select(p => p.Key));
        Assert.Contains("kind: ClusterRoleBinding\n", document["metadata"]!["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unquoted_whole_placeholder_keeps_its_type_and_a_quoted_or_embedded_one_is_a_string()
    {
        var template = """
            a: ${parameters.replicas}
            b: ${parameters.count}
            c: "${parameters.replicas}"
            d: n-${parameters.replicas}
            e: [x, "${parameters.name}"]
            f: $${HOME}
            """;

        var document = Assert.Single(ManifestTemplate.Resolve(template, Scope, new List<string>()));

        Assert.Equal("""{"a":3,"b":3,"c":"3","d":"n-3","e":["x","shop"],"f":"${HOME}"}""", document.ToJsonString());
    }

    [Fact]
    public void Unknown_placeholders_in_a_manifest_are_collected()
    {
        var unresolved = new List<string>();

        ManifestTemplate.Resolve("a: ${parameters.nope}\nb: \"x-${steps.s.outputs.y}\"", Scope, unresolved);

        Assert.Equal(["parameters.nope", "steps.s.outputs.y"], unresolved);
    }

    [Fact]
    public void A_kubernetes_steps_manifest_text_becomes_objects_read_before_substitution()
    {
        var config = new JsonObject { ["namespace"] = "${parameters.name}", ["manifest"] = "kind: ConfigMap\nmetadata: {name: \"${parameters.hostile}\"}\n---\nkind: Service\n" };

        var (resolved, _, problems) = StepConfigResolver.Resolve("kubernetes", config, Scope, new List<string>());

        Assert.Empty(problems);
        Assert.Equal("shop", resolved["namespace"]!.GetValue<string>());
        Assert.Equal(["ConfigMap", "Service"], resolved["manifests"]!.AsArray().Select(m => m!["kind"]!.GetValue<string>()));
        Assert.Null(resolved["manifest"]);
    }
}
