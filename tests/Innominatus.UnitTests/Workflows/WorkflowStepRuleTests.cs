using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.UnitTests.Workflows;

/// <summary>Each rule about steps fails on its own, with the path and message a platform engineer sees.</summary>
public class WorkflowStepRuleTests
{
    [Theory]
    [InlineData("- {name: a, type: noop}\n- {name: a, type: noop}", "$.steps[1].name", "duplicate step name 'a'; it is already used by $.steps[0]")]
    [InlineData("- {name: a, type: rocket}", "$.steps[0].type", "unknown step type 'rocket' (known: kubernetes, score-workload, argocd-app, gitea-repo, http, script, policy, terraform, ansible, helm, approval, noop)")]
    [InlineData("- {name: a, type: noop, dependsOn: [b]}", "$.steps[0].dependsOn[0]", "step 'a' depends on 'b', which is not a step of this workflow")]
    [InlineData("- {name: a, type: noop, phase: pre, dependsOn: [b]}\n- {name: b, type: noop}", "$.steps[0].dependsOn[0]", "step 'a' runs in phase 'pre' and cannot depend on 'b', which runs in the later phase 'deploy'")]
    [InlineData("- {name: a, type: noop, dependsOn: [a]}", "$.steps[0].dependsOn", "dependency cycle: a -> a")]
    [InlineData("- {name: a, type: noop, phase: later}", "$.steps[0].phase", "unknown phase 'later' (phases: pre, deploy, post)")]
    [InlineData("- {name: Create_DB, type: noop}", "$.steps[0].name", "step name 'Create_DB' is not a valid name: 1 to 63 characters of a-z, 0-9 and '-', starting and ending with a letter or digit")]
    [InlineData("- {type: noop}", "$.steps[0].name", "required field 'name' is missing")]
    [InlineData("- {name: a, type: noop, parallel: true}", "$.steps[0].parallel", "unknown field 'parallel' (allowed: name, type, phase, dependsOn, when, timeout, retry, config, outputs)")]
    [InlineData("- {name: a, type: noop, timeout: 5 minutes}", "$.steps[0].timeout", "'5 minutes' is not a duration such as 30s, 5m, 1h or 1h30m")]
    [InlineData("- {name: a, type: noop, timeout: 0s}", "$.steps[0].timeout", "a timeout must be longer than zero")]
    [InlineData("- {name: a, type: noop, timeout: 300}", "$.steps[0].timeout", "must be a string, got the number 300")]
    [InlineData("- {name: a, type: noop, retry: {count: 11}}", "$.steps[0].retry.count", "retry count must be between 0 and 10, got 11")]
    [InlineData("- {name: a, type: noop, retry: {count: -1}}", "$.steps[0].retry.count", "retry count must be between 0 and 10, got -1")]
    [InlineData("- {name: a, type: noop, retry: {count: 2, backoff: later}}", "$.steps[0].retry.backoff", "'later' is not a duration such as 30s, 5m, 1h or 1h30m")]
    [InlineData("- {name: a, type: noop, retry: {backoff: 5s}}", "$.steps[0].retry.count", "required field 'count' is missing")]
    [InlineData("- {name: a, type: noop, config: [x]}", "$.steps[0].config", "must be a map, got a list")]
    [InlineData("- {name: a, type: noop, outputs: {host: 1}}", "$.steps[0].outputs.host", "must be a string, got the number 1")]
    [InlineData("- {name: a, type: noop, dependsOn: b}", "$.steps[0].dependsOn", "must be a list, got the string \"b\"")]
    [InlineData("- {name: a, type: script, config: {script: \"echo '${metadata.name}'\"}}", "$.steps[0].config.script", "script placeholders are passed as values: placeholder ${metadata.name} is inside single quotes (or a quoted here-document), where the shell expands nothing; use double quotes")]
    [InlineData("- {name: a, type: policy, config: {script: \"cat <<'EOF'\\n${metadata.name}\\nEOF\"}}", "$.steps[0].config.script", "script placeholders are passed as values: placeholder ${metadata.name} is inside single quotes (or a quoted here-document), where the shell expands nothing; use double quotes")]
    public void Each_step_rule_has_its_own_error(string steps, string path, string message) =>
        AssertSingleError(steps, path, message);

    [Fact]
    public void A_dependency_cycle_is_named_with_its_path()
    {
        const string steps = "- {name: a, type: noop, dependsOn: [c]}\n- {name: b, type: noop, dependsOn: [a]}\n- {name: c, type: noop, dependsOn: [b]}\n- {name: d, type: noop, dependsOn: [c]}";

        AssertSingleError(steps, "$.steps[0].dependsOn", "dependency cycle: a -> c -> b -> a");
    }

    [Fact]
    public void Separate_cycles_are_each_reported()
    {
        const string steps = "- {name: a, type: noop, dependsOn: [b]}\n- {name: b, type: noop, dependsOn: [a]}\n- {name: c, type: noop, dependsOn: [d]}\n- {name: d, type: noop, dependsOn: [c]}";

        var errors = WorkflowRules.Errors(steps);

        Assert.Equal(["dependency cycle: a -> b -> a", "dependency cycle: c -> d -> c"], errors.Select(error => error.Message));
    }

    [Fact]
    public void A_long_chain_of_steps_is_checked_without_recursion()
    {
        var steps = string.Join("\n", Enumerable.Range(0, 5_000).Select(i => i == 0 ? "- {name: s0, type: noop}" : $"- {{name: s{i}, type: noop, dependsOn: [s{i - 1}]}}"));

        Assert.Empty(WorkflowRules.Errors(steps));
    }

    private static void AssertSingleError(string steps, string path, string message)
    {
        var error = Assert.Single(WorkflowRules.Errors(steps));
        Assert.Equal((path, message), (error.Path, error.Message));
        Assert.NotNull(error.Line);
    }
}
