using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.UnitTests.Engine;

public class TemplateResolverTests
{
    private static readonly TemplateScope Scope = new(
        new JsonObject { ["size"] = "large", ["replicas"] = 3 },
        new Dictionary<string, JsonObject> { ["create"] = new() { ["host"] = "db.local", ["port"] = 5432 } },
        new Dictionary<string, JsonObject> { ["cache"] = new() { ["url"] = "redis://cache:6379" } },
        new JsonObject { ["name"] = "shop" });

    [Fact]
    public void Replaces_parameters_step_outputs_resources_and_metadata()
    {
        var unresolved = new List<string>();

        var text = TemplateResolver.ResolveText("${metadata.name}: ${parameters.size} at ${steps.create.outputs.host}:${steps.create.outputs.port} and ${resources.cache.url}", Scope, unresolved);

        Assert.Equal("shop: large at db.local:5432 and redis://cache:6379", text);
        Assert.Empty(unresolved);
    }

    [Fact]
    public void A_lone_placeholder_keeps_the_type_of_its_value()
    {
        var resolved = TemplateResolver.Resolve(new JsonObject { ["replicas"] = "${parameters.replicas}", ["label"] = "n=${parameters.replicas}" }, Scope, new List<string>());

        Assert.Equal(3, resolved!["replicas"]!.GetValue<int>());
        Assert.Equal("n=3", resolved["label"]!.GetValue<string>());
    }

    [Fact]
    public void Double_dollar_escapes_and_unknown_names_are_collected()
    {
        var unresolved = new List<string>();

        var text = TemplateResolver.ResolveText("$${HOME} ${parameters.missing} ${steps.nope.outputs.x}", Scope, unresolved);

        Assert.StartsWith("${HOME} ", text);
        Assert.Equal(["parameters.missing", "steps.nope.outputs.x"], unresolved);
    }

    [Theory]
    [InlineData("${parameters.size} == 'large'", true)]
    [InlineData("${parameters.size} == small", false)]
    [InlineData("${parameters.size} != 'small'", true)]
    [InlineData("${resources.cache.url} contains redis", true)]
    [InlineData("false", false)]
    [InlineData("", true)]
    [InlineData("${parameters.replicas}", true)]
    public void Conditions_compare_resolved_values(string condition, bool expected) =>
        Assert.Equal(expected, ConditionEvaluator.Evaluate(condition, Scope, new List<string>()));
}
