namespace Innominatus.UnitTests.Workflows;

/// <summary>Placeholders in when, config and outputs must refer to things that exist and are ready by then.</summary>
public class WorkflowReferenceRuleTests
{
    private const string Parameters = "app_name: {type: string, required: true}";

    [Theory]
    [InlineData("- {name: a, type: noop, config: {x: '${steps.ghost.outputs.url}'}}", "$.steps[0].config.x", "placeholder ${steps.ghost.outputs.url} refers to step 'ghost', which does not exist")]
    [InlineData("- {name: a, type: noop, config: {x: '${steps.b.outputs.url}'}}\n- {name: b, type: noop}", "$.steps[0].config.x", "step 'a' uses ${steps.b.outputs.url}, but step 'b' does not run before it: add it to dependsOn (directly or through another step) or move it to an earlier phase")]
    [InlineData("- {name: a, type: noop, outputs: {url: '${steps.a.outputs.url}'}}", "$.steps[0].outputs.url", "step 'a' uses ${steps.a.outputs.url}, but step 'a' does not run before it: add it to dependsOn (directly or through another step) or move it to an earlier phase")]
    [InlineData("- {name: a, type: noop, phase: pre, when: '${steps.b.outputs.ok}'}\n- {name: b, type: noop}", "$.steps[0].when", "step 'a' uses ${steps.b.outputs.ok}, but step 'b' does not run before it: add it to dependsOn (directly or through another step) or move it to an earlier phase")]
    [InlineData("- {name: a, type: noop, when: '${steps.b.status} == ok'}\n- {name: b, type: noop}", "$.steps[0].when", "placeholder ${steps.b.status} must have the form ${steps.STEP.outputs.KEY}")]
    [InlineData("- {name: a, type: noop, config: {args: [x, '${parameters.size}']}}", "$.steps[0].config.args[1]", "placeholder ${parameters.size} refers to parameter 'size', which is not declared in parameters")]
    [InlineData("- {name: a, type: noop, config: {x: '${env.HOME}'}}", "$.steps[0].config.x", "placeholder ${env.HOME} starts with 'env'; use parameters, steps, resources or metadata (write $$ for a literal $)")]
    [InlineData("- {name: a, type: script, config: {script: 'echo ${HOME}'}}", "$.steps[0].config.script", "placeholder ${HOME} is malformed: it needs at least two parts separated by '.', each of letters, digits, '_' or '-' (write $$ for a literal $)")]
    [InlineData("- {name: a, type: noop, when: '${parameters.app_name == x'}", "$.steps[0].when", "the placeholder starting at character 1 is never closed with '}' (write $$ for a literal $)")]
    public void Each_reference_rule_has_its_own_error(string steps, string path, string message)
    {
        var error = Assert.Single(WorkflowRules.Errors(steps, Parameters));

        Assert.Equal((path, message), (error.Path, error.Message));
    }

    [Fact]
    public void Workflow_outputs_must_name_existing_steps()
    {
        var error = Assert.Single(WorkflowRules.Errors("- {name: a, type: noop}", outputs: "url: '${steps.b.outputs.url}'"));

        Assert.Equal(("$.outputs.url", "placeholder ${steps.b.outputs.url} refers to step 'b', which does not exist"), (error.Path, error.Message));
    }

    [Theory]
    [InlineData("- {name: a, type: noop}\n- {name: b, type: noop, dependsOn: [a], config: {x: '${steps.a.outputs.url}'}}")]
    [InlineData("- {name: a, type: noop}\n- {name: b, type: noop, dependsOn: [a]}\n- {name: c, type: noop, dependsOn: [b], config: {x: '${steps.a.outputs.url}'}}")]
    [InlineData("- {name: a, type: noop, phase: pre}\n- {name: b, type: noop, config: {x: '${steps.a.outputs.url}'}}")]
    [InlineData("- {name: a, type: noop, config: {x: '${parameters.app_name}', y: '${resources.db.host}', z: '${metadata.name}'}}")]
    [InlineData("- {name: a, type: script, config: {script: 'echo $${HOME} $$ $PATH'}}")]
    public void References_to_what_has_run_before_are_accepted(string steps) =>
        Assert.Empty(WorkflowRules.Errors(steps, Parameters, "first: '${steps.a.outputs.url}'"));
}
