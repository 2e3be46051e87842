using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.UnitTests.Workflows;

public class WorkflowDefinitionParserTests
{
    private const string ProvisionPostgres = """
        apiVersion: innominatus.dev/v1
        kind: Workflow
        metadata: {name: provision-postgres, description: Creates a PostgreSQL database, owner: platform}
        parameters:
          size: {type: string, default: small, enum: [small, medium, large], description: Instance size}
          app_name: {type: string, required: true, pattern: "^[a-z-]+$"}
          replicas: {type: integer, default: 1, minimum: 1, maximum: 5}
        outputs: {host: "${steps.create.outputs.host}"}
        steps:
          - name: check
            type: policy
            phase: pre
            config: {script: 'test -n "${parameters.app_name}"'}
          - name: create
            type: kubernetes
            when: "${parameters.size} == 'large'"
            timeout: 5m
            retry: {count: 3, backoff: 10s}
            config: {manifest: {kind: Cluster, spec: {instances: "${parameters.replicas}"}}}
            outputs: {host: "${parameters.app_name}-db.svc"}
          - name: announce
            type: http
            phase: post
            dependsOn: [create]
            config: {url: "https://chat/${steps.create.outputs.host}"}
        """;

    [Fact]
    public void Reads_a_complete_workflow_file()
    {
        var result = WorkflowDefinitionParser.Parse(ProvisionPostgres);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var workflow = result.Value!;
        Assert.Equal(("provision-postgres", "Creates a PostgreSQL database"), (workflow.Name, workflow.Description));
        Assert.Equal(["size", "app_name", "replicas"], workflow.Parameters.Keys);
        Assert.Equal(new ParameterDefinition("integer", false, workflow.Parameters["replicas"].Default, null, null, null, 1, 5), workflow.Parameters["replicas"]);
        Assert.Equal(1, (int)workflow.Parameters["replicas"].Default!);
        Assert.True(workflow.Parameters["app_name"].Required);
        Assert.Equal(["small", "medium", "large"], workflow.Parameters["size"].Enum!.Select(value => (string)value!));
        Assert.Equal("${steps.create.outputs.host}", workflow.Outputs["host"]);
    }

    [Fact]
    public void Reads_steps_with_their_defaults()
    {
        var steps = WorkflowDefinitionParser.Parse(ProvisionPostgres).Value!.Steps;

        Assert.Equal(["check", "create", "announce"], steps.Select(step => step.Name));
        Assert.Equal(["pre", "deploy", "post"], steps.Select(step => step.Phase));
        var create = steps[1];
        Assert.Equal("kubernetes", create.Type);
        Assert.Equal("${parameters.size} == 'large'", create.When);
        Assert.Equal(TimeSpan.FromMinutes(5), create.Timeout);
        Assert.Equal(new RetryPolicy(3, TimeSpan.FromSeconds(10)), create.Retry);
        Assert.Equal("Cluster", (string?)create.Config["manifest"]!["kind"]);
        Assert.Equal("${parameters.app_name}-db.svc", create.Outputs["host"]);
        Assert.Equal(["create"], steps[2].DependsOn);
        Assert.Null(steps[0].Timeout);
        Assert.Null(steps[0].Retry);
        Assert.Empty(steps[0].DependsOn);
    }

    [Fact]
    public void Uses_the_fallback_name_only_when_the_file_names_none()
    {
        const string unnamed = "apiVersion: innominatus.dev/v1\nkind: Workflow\nsteps: [{name: a, type: noop}]\n";

        Assert.Equal("from-file", WorkflowDefinitionParser.Parse(unnamed, "from-file").Value!.Name);
        Assert.Equal("provision-postgres", WorkflowDefinitionParser.Parse(ProvisionPostgres, "from-file").Value!.Name);
        var error = Assert.Single(WorkflowDefinitionParser.Parse(unnamed).Errors);
        Assert.Equal("$.metadata.name", error.Path);
    }

    [Theory]
    [InlineData("apiVersion: innominatus.io/v1alpha1\nkind: Workflow\nmetadata: {name: a}\nsteps: [{name: a, type: noop}]\n", "$.apiVersion", "must be 'innominatus.dev/v1', got 'innominatus.io/v1alpha1'", 1)]
    [InlineData("apiVersion: innominatus.dev/v1\nkind: Pipeline\nmetadata: {name: a}\nsteps: [{name: a, type: noop}]\n", "$.kind", "must be 'Workflow', got 'Pipeline'", 2)]
    [InlineData("apiVersion: innominatus.dev/v1\nkind: Workflow\nmetadata: {name: a}\nspec: {}\nsteps: [{name: a, type: noop}]\n", "$.spec", "unknown field 'spec' (allowed: apiVersion, kind, metadata, parameters, steps, outputs)", 4)]
    [InlineData("apiVersion: innominatus.dev/v1\nkind: Workflow\nmetadata: {name: A_b}\nsteps: [{name: a, type: noop}]\n", "$.metadata.name", "'A_b' is not a valid name", 3)]
    [InlineData("apiVersion: innominatus.dev/v1\nkind: Workflow\nmetadata: {name: a}\nsteps: []\n", "$.steps", "a workflow needs at least one step", 4)]
    [InlineData("apiVersion: innominatus.dev/v1\nkind: Workflow\nmetadata: {name: a}\nsteps: [{name: a, type: noop}]\n---\nx: 1\n", "$", "a second YAML document", 5)]
    [InlineData("", "$", "the workflow document is empty", null)]
    public void Reports_document_level_errors_with_lines(string yaml, string path, string message, int? line)
    {
        var error = Assert.Single(WorkflowDefinitionParser.Parse(yaml).Errors);

        Assert.Equal(path, error.Path);
        Assert.Contains(message, error.Message);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void Reads_the_inline_form_from_a_node_with_errors_under_the_given_path()
    {
        var node = JsonNode.Parse("""{"description": "d", "steps": [{"name": "a", "type": "noop", "timeout": "soon"}]}""");

        var result = WorkflowDefinitionParser.FromNode(node, "setup", "$.workflows.setup");

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.workflows.setup.steps[0].timeout", error.Path);
        Assert.Equal("'soon' is not a duration such as 30s, 5m, 1h or 1h30m", error.Message);
        Assert.Null(result.Value);
        Assert.Equal("setup", WorkflowDefinitionParser.FromNode(JsonNode.Parse("""{"steps": [{"name": "a", "type": "noop"}]}"""), "setup", "$").Value!.Name);
    }

    [Fact]
    public void A_node_that_is_not_a_map_is_an_error()
    {
        var error = Assert.Single(WorkflowDefinitionParser.FromNode(JsonValue.Create("x"), "setup", "$.workflows.setup").Errors);

        Assert.Equal(("$.workflows.setup", "must be a map, got the string \"x\""), (error.Path, error.Message));
    }
}
