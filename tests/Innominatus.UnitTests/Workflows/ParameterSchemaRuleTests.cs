namespace Innominatus.UnitTests.Workflows;

/// <summary>Parameter schemas must be consistent, and their defaults must satisfy them.</summary>
public class ParameterSchemaRuleTests
{
    [Theory]
    [InlineData("replicas: {type: integer, default: three}", "$.parameters.replicas.default", "the default does not satisfy the parameter's own schema: replicas must be an integer, got \"three\"")]
    [InlineData("size: {type: string, default: huge, enum: [small, large]}", "$.parameters.size.default", "the default does not satisfy the parameter's own schema: size must be one of \"small\", \"large\", got \"huge\"")]
    [InlineData("name: {type: string, default: Bad, pattern: '^[a-z]+$'}", "$.parameters.name.default", "the default does not satisfy the parameter's own schema: name must match the pattern ^[a-z]+$, got \"Bad\"")]
    [InlineData("replicas: {type: integer, default: 0, minimum: 1}", "$.parameters.replicas.default", "the default does not satisfy the parameter's own schema: replicas must be at least 1, got 0")]
    [InlineData("replicas: {type: int}", "$.parameters.replicas.type", "unknown parameter type 'int' (types: string, integer, number, boolean, array, object)")]
    [InlineData("replicas: {default: 1}", "$.parameters.replicas.type", "required field 'type' is missing")]
    [InlineData("replicas: {type: integer, minimum: 5, maximum: 1}", "$.parameters.replicas.minimum", "minimum 5 is greater than maximum 1")]
    [InlineData("name: {type: string, pattern: '([a-z'}", "$.parameters.name.pattern", "is not a valid regular expression")]
    [InlineData("replicas: {type: integer, pattern: '^[0-9]+$'}", "$.parameters.replicas.pattern", "pattern only applies to string parameters, not integer")]
    [InlineData("name: {type: string, minimum: 1}", "$.parameters.name", "minimum and maximum only apply to integer and number parameters, not string")]
    [InlineData("size: {type: string, enum: [small, 2]}", "$.parameters.size.enum[1]", "size must be a string, got 2")]
    [InlineData("size: {type: string, enum: []}", "$.parameters.size.enum", "enum must list at least one value, and no nulls")]
    [InlineData("size: {type: string, hidden: true}", "$.parameters.size.hidden", "unknown field 'hidden'")]
    [InlineData("app.name: {type: string}", "$.parameters['app.name']", "parameter name 'app.name' is not a valid key")]
    public void Each_parameter_schema_rule_has_its_own_error(string parameters, string path, string message)
    {
        var error = Assert.Single(WorkflowRules.Errors("- {name: a, type: noop}", parameters));

        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message);
    }
}
