using Innominatus.WorkflowService.GoldenPaths;

namespace Innominatus.UnitTests.GoldenPaths;

public class GoldenPathParserTests
{
    [Fact]
    public void Reads_catalogue_metadata_parameters_and_the_inline_workflow()
    {
        var result = GoldenPathParser.Parse(TestGoldenPaths.DeployApp, "deploy-app.yaml", "deploy-app");

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        var path = result.Value!;
        Assert.Equal(("deploy-app", "Deploys an app", "deployment", "5m"), (path.Name, path.Description, path.Category, path.EstimatedDuration));
        Assert.Equal(["deploy"], path.Tags);
        Assert.Equal(["app_name", "replicas", "environment"], path.Parameters.Keys);
        Assert.Equal("apply", Assert.Single(path.Workflow.Steps).Name);
        Assert.Equal("deploy-app", path.Workflow.Name);
        Assert.Contains("url", path.Workflow.Outputs.Keys);
    }

    [Theory]
    [InlineData("description: Deploys an app, ", "", "$.metadata.description")]
    [InlineData("category: deployment, ", "", "$.metadata.category")]
    [InlineData("estimatedDuration: 5m", "estimatedDuration: soon", "$.metadata.estimatedDuration")]
    [InlineData("kind: GoldenPath", "kind: Workflow", "$.kind")]
    [InlineData("tags: [deploy]", "tags: [deploy], owner: me", "$.metadata.owner")]
    public void Reports_each_problem_at_its_path(string original, string replacement, string path)
    {
        var result = GoldenPathParser.Parse(TestGoldenPaths.DeployApp.Replace(original, replacement, StringComparison.Ordinal), "deploy-app.yaml", "deploy-app");

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Path == path);
    }

    [Fact]
    public void Workflow_errors_keep_the_paths_of_the_golden_path_file()
    {
        var broken = TestGoldenPaths.DeployApp.Replace("type: kubernetes", "type: teleport", StringComparison.Ordinal);

        var result = GoldenPathParser.Parse(broken, "deploy-app.yaml", "deploy-app");

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Path.StartsWith("$.steps[0]", StringComparison.Ordinal));
    }
}
