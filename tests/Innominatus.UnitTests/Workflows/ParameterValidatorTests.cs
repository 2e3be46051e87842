using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.UnitTests.Workflows;

public class ParameterValidatorTests
{
    private static readonly IReadOnlyDictionary<string, ParameterDefinition> Schema = WorkflowDefinitionParser.Parse("""
        apiVersion: innominatus.dev/v1
        kind: Workflow
        metadata: {name: test}
        parameters:
          size: {type: string, default: small, enum: [small, medium, large]}
          app_name: {type: string, required: true, pattern: "^[a-z][a-z0-9-]*$"}
          replicas: {type: integer, default: 1, minimum: 1, maximum: 5}
          ratio: {type: number}
          debug: {type: boolean}
          tags: {type: array}
          labels: {type: object}
        steps: [{name: a, type: noop}]
        """).Value!.Parameters;

    [Fact]
    public void Applies_defaults_and_keeps_provided_values()
    {
        var result = ParameterValidator.Validate(Schema, Provided("""{"app_name": "shop", "replicas": 3, "ratio": 0.5, "debug": true, "tags": ["a"], "labels": {"a": "b"}}"""));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("""{"size":"small","app_name":"shop","replicas":3,"ratio":0.5,"debug":true,"tags":["a"],"labels":{"a":"b"}}""", result.Value!.ToJsonString());
    }

    [Fact]
    public void A_null_value_counts_as_not_provided_and_whole_floats_are_integers()
    {
        var result = ParameterValidator.Validate(Schema, Provided("""{"app_name": "shop", "size": null, "replicas": 2.0}"""));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("small", (string?)result.Value!["size"]);
    }

    [Theory]
    [InlineData("""{}""", "$.parameters.app_name", "missing required parameter 'app_name'")]
    [InlineData("""{"app_name": "shop", "replicas": "three"}""", "$.parameters.replicas", "replicas must be an integer, got \"three\"")]
    [InlineData("""{"app_name": "shop", "replicas": 2.5}""", "$.parameters.replicas", "replicas must be an integer, got 2.5")]
    [InlineData("""{"app_name": "shop", "replicas": 0}""", "$.parameters.replicas", "replicas must be at least 1, got 0")]
    [InlineData("""{"app_name": "shop", "replicas": 9}""", "$.parameters.replicas", "replicas must be at most 5, got 9")]
    [InlineData("""{"app_name": "shop", "size": "huge"}""", "$.parameters.size", "size must be one of \"small\", \"medium\", \"large\", got \"huge\"")]
    [InlineData("""{"app_name": "Shop"}""", "$.parameters.app_name", "app_name must match the pattern ^[a-z][a-z0-9-]*$, got \"Shop\"")]
    [InlineData("""{"app_name": 7}""", "$.parameters.app_name", "app_name must be a string, got 7")]
    [InlineData("""{"app_name": "shop", "ratio": "1"}""", "$.parameters.ratio", "ratio must be a number, got \"1\"")]
    [InlineData("""{"app_name": "shop", "debug": "yes"}""", "$.parameters.debug", "debug must be a boolean, got \"yes\"")]
    [InlineData("""{"app_name": "shop", "tags": "a"}""", "$.parameters.tags", "tags must be an array, got \"a\"")]
    [InlineData("""{"app_name": "shop", "labels": []}""", "$.parameters.labels", "labels must be an object, got []")]
    [InlineData("""{"app_name": "shop", "colour": "red"}""", "$.parameters.colour", "unknown parameter 'colour' (declared: size, app_name, replicas, ratio, debug, tags, labels)")]
    public void Each_kind_of_bad_value_is_an_error_naming_the_parameter(string provided, string path, string message)
    {
        var result = ParameterValidator.Validate(Schema, Provided(provided));

        var error = Assert.Single(result.Errors);
        Assert.Equal((path, message), (error.Path, error.Message));
        Assert.Null(result.Value);
    }

    [Fact]
    public void Reports_every_problem_under_the_given_prefix()
    {
        var result = ParameterValidator.Validate(Schema, Provided("""{"replicas": 0, "extra": 1}"""), "$.workflows.setup.parameters");

        Assert.Equal(["$.workflows.setup.parameters.extra", "$.workflows.setup.parameters.app_name", "$.workflows.setup.parameters.replicas"], result.Errors.Select(error => error.Path));
    }

    [Fact]
    public void A_workflow_without_parameters_accepts_none_and_says_so_otherwise()
    {
        var empty = new Dictionary<string, ParameterDefinition>();

        Assert.Equal("{}", ParameterValidator.Validate(empty, null).Value!.ToJsonString());
        Assert.Equal("unknown parameter 'x' (this workflow takes no parameters)", Assert.Single(ParameterValidator.Validate(empty, Provided("""{"x": 1}""")).Errors).Message);
    }

    private static JsonObject Provided(string json) => JsonNode.Parse(json)!.AsObject();
}
