using Innominatus.WorkflowService.Providers;

namespace Innominatus.UnitTests.Providers;

public class ProviderManifestParserTests
{
    private const string Valid = """
        apiVersion: innominatus.dev/v1
        kind: Provider
        metadata: {name: database-team, team: database-team, version: 1.2.0-beta.1, description: Databases}
        resourceTypes:
          - type: postgres
            aliases: [postgresql]
            workflows: {create: provision-postgres, update: update-postgres, delete: delete-postgres}
            parameters:
              version: {type: string, default: "17", enum: ["16", "17"], description: Major version}
              storage: {type: string, default: 1Gi, pattern: "^[0-9]+Gi$"}
            outputs:
              - {name: host, description: Host name}
              - {name: password, secret: true}
        """;

    [Fact]
    public void Reads_metadata_types_workflows_parameters_and_outputs()
    {
        var result = ProviderManifestParser.Parse(Valid, "test");

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        var manifest = result.Value!;
        Assert.Equal(("database-team", "database-team", "1.2.0-beta.1", "Databases"), (manifest.Name, manifest.Team, manifest.Version, manifest.Description));
        var type = Assert.Single(manifest.ResourceTypes);
        Assert.Equal(["postgres", "postgresql"], type.Names);
        Assert.Equal(new ResourceTypeWorkflows("provision-postgres", "update-postgres", "delete-postgres"), type.Workflows);
        Assert.Equal("17", type.Parameters["version"].Default!.GetValue<string>());
        Assert.Equal(2, type.Parameters["version"].Enum!.Count);
        Assert.Equal([new ResourceOutputDefinition("host", "Host name", false), new ResourceOutputDefinition("password", null, true)], type.Outputs);
    }

    [Theory]
    [InlineData("name: database-team", "name: Database_Team", "$.metadata.name")]
    [InlineData("version: 1.2.0-beta.1", "version: v1", "$.metadata.version")]
    [InlineData("team: database-team, ", "", "$.metadata.team")]
    [InlineData(", delete: delete-postgres", "", "$.resourceTypes[0].workflows.delete")]
    [InlineData("aliases:", "alias:", "$.resourceTypes[0].alias")]
    [InlineData("kind: Provider", "kind: Platform", "$.kind")]
    [InlineData("default: 1Gi", "default: 1Ti", "$.resourceTypes[0].parameters.storage.default")]
    [InlineData("aliases: [postgresql]", "aliases: [postgres]", "$.resourceTypes[0]")]
    public void Reports_each_problem_at_its_path(string original, string replacement, string path)
    {
        var result = ProviderManifestParser.Parse(Valid.Replace(original, replacement, StringComparison.Ordinal), "test");

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Path == path);
    }

    [Fact]
    public void Reports_the_line_of_invalid_yaml()
    {
        var result = ProviderManifestParser.Parse("apiVersion: innominatus.dev/v1\nkind: [Provider\n", "test");

        var error = Assert.Single(result.Errors);
        Assert.NotNull(error.Line);
        Assert.Contains("invalid YAML", error.Message);
    }
}
