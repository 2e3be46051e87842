using Innominatus.WorkflowService.Applications;
using Innominatus.WorkflowService.Score;
using Innominatus.WorkflowService.Workflows.Tenancy;
using Microsoft.Extensions.Configuration;

namespace Innominatus.UnitTests.Tenancy;

public class SpecTenancyCheckTests
{
    private static readonly SpecTenancyCheck Check = new(new ReservedNamespaces(new ConfigurationBuilder().Build()));

    private static List<string> Errors(string yaml)
    {
        var parsed = ScoreParser.Parse(yaml);
        Assert.True(parsed.IsValid, string.Join("\n", parsed.Errors));
        return Check.Errors(parsed.Spec!).Select(e => e.ToString()).ToList();
    }

    [Fact]
    public void The_issues_rce_demo_is_refused_for_its_script_step()
    {
        var errors = Errors("""
            apiVersion: score.dev/v1b1
            metadata: {name: rce-demo}
            containers: {main: {image: nginx}}
            workflows:
              steal:
                steps:
                  - {name: env, type: script, config: {shell: sh, script: "env; id"}}
            """);

        Assert.Equal(["$.workflows.steal.steps[0]: Step type 'script' is not allowed in a Score file's workflows: process-running steps belong to platform workflows"], errors);
    }

    [Theory]
    [InlineData("kube-system")]
    [InlineData("default")]
    [InlineData("innominatus-system")]
    public void An_application_named_after_a_reserved_namespace_is_refused(string name)
    {
        var errors = Errors($"apiVersion: score.dev/v1b1\nmetadata: {{name: {name}}}\ncontainers: {{main: {{image: nginx}}}}\n");

        Assert.Contains($"$.metadata.name: namespace '{name}' is reserved", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void A_resource_param_naming_the_engines_context_is_refused_and_other_params_are_not()
    {
        var errors = Errors("""
            apiVersion: score.dev/v1b1
            metadata: {name: shop}
            containers: {main: {image: nginx}}
            resources:
              db: {type: postgres, params: {namespace: victim, resource_name: their-db, size: small}}
            """);

        Assert.Equal(
        [
            "$.resources.db.params.namespace: 'namespace' is set by the engine and cannot be given as a resource param",
            "$.resources.db.params.resource_name: 'resource_name' is set by the engine and cannot be given as a resource param",
        ], errors);
    }
}
