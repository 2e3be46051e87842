using Innominatus.WorkflowService.Score;

namespace Innominatus.UnitTests.Score;

public class ScoreInlineWorkflowTests
{
    private const string Head = "apiVersion: score.dev/v1b1\nmetadata: {name: app}\ncontainers: {main: {image: nginx}}\nresources: {db: {type: postgres}}\n";

    [Fact]
    public void Valid_inline_workflows_are_parsed_into_the_spec()
    {
        const string workflows = """
            workflows:
              setup:
                parameters:
                  replicas: {type: integer, default: 2}
                steps:
                  - name: migrate
                    type: kubernetes
                    config: {image: "migrate:1", db: "${resources.db.host}", app: "${metadata.name}"}
                  - name: smoke
                    type: http
                    phase: post
                    config: {url: "https://${steps.migrate.outputs.url}", replicas: "${parameters.replicas}"}
            """;

        var result = ScoreParser.Parse(Head + workflows);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var workflow = result.Spec!.Workflows["setup"];
        Assert.Equal("setup", workflow.Name);
        Assert.Equal(["migrate", "smoke"], workflow.Steps.Select(step => step.Name));
        Assert.Equal("post", workflow.Steps[1].Phase);
    }

    [Fact]
    public void Workflow_errors_are_prefixed_with_the_workflow_path_and_carry_lines()
    {
        const string workflows = "workflows:\n  setup:\n    steps:\n      - name: a\n        type: rocket\n      - name: b\n        type: noop\n        dependsOn: [c]\n";

        var errors = ScoreParser.Parse(Head + workflows).Errors;

        Assert.Equal(
            [
                new ScoreError("$.workflows.setup.steps[0].type", $"unknown step type 'rocket' (known: {string.Join(", ", Innominatus.WorkflowService.Workflows.Definitions.StepTypes.All)})", 9, 9),
                new ScoreError("$.workflows.setup.steps[1].dependsOn[0]", "step 'b' depends on 'c', which is not a step of this workflow", 12, 21),
            ],
            errors);
    }

    [Theory]
    [InlineData("workflows: [a]\n", "$.workflows", "must be a map, got a list")]
    [InlineData("workflows:\n  Setup:\n    steps: [{name: a, type: noop}]\n", "$.workflows.Setup", "workflow name 'Setup' is not a valid name")]
    [InlineData("workflows:\n  setup:\n    apiVersion: innominatus.dev/v1\n    steps: [{name: a, type: noop}]\n", "$.workflows.setup.apiVersion", "unknown field 'apiVersion'")]
    [InlineData("workflows:\n  setup: {}\n", "$.workflows.setup.steps", "required field 'steps' is missing")]
    public void Malformed_workflow_sections_are_errors(string workflows, string path, string message)
    {
        var error = Assert.Single(ScoreParser.Parse(Head + workflows).Errors);

        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message);
        Assert.NotNull(error.Line);
    }
}
