using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.UnitTests.Workflows;

public class WorkflowPlanTests
{
    [Fact]
    public void Orders_phases_and_groups_steps_that_can_run_in_parallel()
    {
        var plan = Plan("""
            - {name: notify, type: http, phase: post}
            - {name: build, type: noop}
            - {name: db, type: terraform, dependsOn: [build]}
            - {name: cache, type: terraform, dependsOn: [build]}
            - {name: deploy, type: kubernetes, dependsOn: [db, cache]}
            - {name: lint, type: policy, phase: pre}
            - {name: scan, type: policy, phase: pre}
            - {name: docs, type: noop}
            """);

        Assert.Equal(
            [
                "pre: [lint, scan]",
                "deploy: [build, docs] [db, cache] [deploy]",
                "post: [notify]",
            ],
            Describe(plan));
    }

    [Fact]
    public void Dependencies_on_earlier_phases_do_not_add_layers_and_empty_phases_are_left_out()
    {
        var plan = Plan("""
            - {name: approve, type: approval, phase: pre}
            - {name: apply, type: kubernetes, dependsOn: [approve]}
            - {name: smoke, type: http, dependsOn: [apply]}
            """);

        Assert.Equal(["pre: [approve]", "deploy: [apply] [smoke]"], Describe(plan));
    }

    [Fact]
    public void A_definition_with_a_cycle_has_no_plan()
    {
        var steps = new[]
        {
            Step("a", dependsOn: ["b"]),
            Step("b", dependsOn: ["a"]),
        };

        var result = WorkflowPlan.Create(new WorkflowDefinition("w", null, new Dictionary<string, ParameterDefinition>(), steps, new Dictionary<string, string>()));

        Assert.Null(result.Value);
        Assert.Equal("dependency cycle: a -> b -> a", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_hand_made_definition_with_an_unknown_phase_has_no_plan()
    {
        var result = WorkflowPlan.Create(new WorkflowDefinition("w", null, new Dictionary<string, ParameterDefinition>(), [Step("a", phase: "later")], new Dictionary<string, string>()));

        Assert.Equal(("$.steps[0].phase", "unknown phase 'later'"), (Assert.Single(result.Errors).Path, result.Errors[0].Message));
    }

    private static WorkflowPlan Plan(string steps)
    {
        var yaml = "apiVersion: innominatus.dev/v1\nkind: Workflow\nmetadata: {name: test}\nsteps:\n" + string.Concat(steps.Split('\n').Select(line => $"  {line}\n"));
        var definition = WorkflowDefinitionParser.Parse(yaml);
        Assert.True(definition.IsValid, string.Join("\n", definition.Errors));
        var plan = WorkflowPlan.Create(definition.Value!);
        Assert.True(plan.IsValid, string.Join("\n", plan.Errors));
        return plan.Value!;
    }

    private static StepDefinition Step(string name, string phase = StepPhases.Deploy, string[]? dependsOn = null) =>
        new(name, StepTypes.Noop, phase, dependsOn ?? [], null, null, null, [], new Dictionary<string, string>());

    private static IEnumerable<string> Describe(WorkflowPlan plan) =>
        plan.Phases.Select(phase => $"{phase.Phase}: {string.Join(" ", phase.Layers.Select(layer => $"[{string.Join(", ", layer.Select(step => step.Name))}]"))}");
}
