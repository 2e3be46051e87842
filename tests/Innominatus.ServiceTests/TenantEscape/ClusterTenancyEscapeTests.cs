using System.Net;
using Innominatus.ServiceTests.Identity;

namespace Innominatus.ServiceTests.TenantEscape;

/// <summary>
/// The engine decides where a team's objects go: an application's namespace is its name, so a reserved namespace is
/// no application name, and a resource's params cannot move its provider workflow into another team's namespace.
/// </summary>
[Collection(IdentityStackCollection.Name)]
public sealed class ClusterTenancyEscapeTests(IdentityStack stack)
{
    [Theory]
    [InlineData("kube-system")]
    [InlineData("kube-public")]
    [InlineData("default")]
    [InlineData("innominatus-system")]
    public async Task An_application_named_after_a_reserved_namespace_is_refused(string name)
    {
        var teams = await TwoTeams.CreateAsync(stack);

        var spec = $"apiVersion: score.dev/v1b1\nmetadata: {{name: {name}}}\ncontainers: {{main: {{image: nginx}}}}\n";

        var (status, body) = await teams.SubmitSpecAsync(teams.Alice, spec);
        var validate = GatewayCalls.Request(HttpMethod.Post, "/api/specs/validate", teams.Alice);
        validate.Content = new StringContent(spec, System.Text.Encoding.UTF8, "application/yaml");
        var (_, validation) = await teams.SendAsync(validate);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains($"namespace '{name}' is reserved", TwoTeams.ProblemText(body));
        Assert.False(System.Text.Json.JsonDocument.Parse(validation).RootElement.GetProperty("valid").GetBoolean(), validation);
        Assert.Contains($"namespace '{name}' is reserved", validation);
        await InlineWorkflowEscapeTests.AssertNothingStoredAsync(teams, name);
    }

    [Theory]
    [InlineData("namespace")]
    [InlineData("app_name")]
    [InlineData("resource_name")]
    [InlineData("team")]
    public async Task A_resource_param_naming_the_engines_context_is_refused(string param)
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var victim = "esc-victim-" + teams.TeamB[^6..];
        var name = "esc-params-" + teams.TeamA[^6..];
        Assert.Equal(HttpStatusCode.Created, (await teams.SubmitSpecAsync(teams.Bob, $"apiVersion: score.dev/v1b1\nmetadata: {{name: {victim}}}\ncontainers: {{main: {{image: nginx}}}}\n")).Status);

        var (status, body) = await teams.SubmitSpecAsync(teams.Alice, $$$"""
            apiVersion: score.dev/v1b1
            metadata:
              name: {{{name}}}
            containers: {main: {image: nginx}}
            resources:
              db:
                type: postgres
                params:
                  {{{param}}}: {{{victim}}}
            """);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains($"$.resources.db.params.{param}: '{param}' is set by the engine and cannot be given as a resource param", TwoTeams.ProblemText(body));
        await InlineWorkflowEscapeTests.AssertNothingStoredAsync(teams, name);
    }
}
