using System.Net;
using System.Text.Json;
using Innominatus.ServiceTests.Identity;

namespace Innominatus.ServiceTests.TenantEscape;

/// <summary>
/// A team member's Score file workflows act only inside the application's own namespace through the engine: every
/// way out is refused at submission (and dry run) with a 422 naming the rule, and nothing is stored or run.
/// </summary>
[Collection(IdentityStackCollection.Name)]
public sealed class InlineWorkflowEscapeTests(IdentityStack stack)
{
    private static string Spec(string name, string step, string parameters = "") => $$$"""
        apiVersion: score.dev/v1b1
        metadata:
          name: {{{name}}}
        containers: {main: {image: nginx}}
        workflows:
          steal:
        {{{parameters}}}    steps:
              - {{{step}}}
        """;

    [Fact]
    public async Task The_issues_rce_demo_is_refused_and_no_application_or_run_is_created()
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var name = "rce-demo-" + teams.TeamA[^6..];

        var (status, body) = await teams.SubmitSpecAsync(teams.Alice, Spec(name, "{name: env, type: script, config: {shell: sh, script: \"env; id\"}}"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Step type 'script' is not allowed in a Score file's workflows: process-running steps belong to platform workflows", TwoTeams.ProblemText(body));
        Assert.DoesNotContain("Host=", body);
        await AssertNothingStoredAsync(teams, name);
    }

    [Theory]
    [InlineData("{name: s, type: policy, config: {script: 'env'}}", "Step type 'policy' is not allowed")]
    [InlineData("{name: s, type: terraform, config: {dir: .}}", "Step type 'terraform' is not allowed")]
    [InlineData("{name: s, type: ansible, config: {playbook: p.yml}}", "Step type 'ansible' is not allowed")]
    [InlineData("{name: s, type: helm, config: {release: x, chart: 'oci://registry.example/charts/x'}}", "Step type 'helm' is not allowed in a Score file's workflows: process-running steps belong to platform workflows")]
    [InlineData("{name: s, type: helm, config: {operation: uninstall, release: innominatus, namespace: innominatus-system}}", "Step type 'helm' is not allowed")]
    [InlineData("{name: s, type: gitea-repo, config: {name: x}}", "Step type 'gitea-repo' is not allowed")]
    [InlineData("{name: s, type: http, config: {url: 'https://example.org', credentials: gitea}}", "cannot use 'credentials'")]
    [InlineData("{name: s, type: http, config: {url: 'https://example.org', credentialsSecret: {namespace: demo-gitea, name: gitea-admin, username: gitea-admin, passwordKey: password}}}", "cannot use 'credentialsSecret'")]
    [InlineData("{name: s, type: kubernetes, config: {manifest: \"apiVersion: rbac.authorization.k8s.io/v1\\nkind: ClusterRoleBinding\\nmetadata: {name: pwn}\\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}\\n\"}}", "ClusterRoleBinding is cluster-scoped")]
    [InlineData("{name: s, type: kubernetes, config: {namespace: kube-system, manifest: \"apiVersion: v1\\nkind: ConfigMap\\nmetadata: {name: c}\\n\"}}", "not in 'kube-system'")]
    [InlineData("{name: s, type: kubernetes, config: {operation: ensure-secret, namespace: kube-system, name: s, keys: [password]}}", "not in 'kube-system'")]
    [InlineData("{name: s, type: argocd-app, config: {name: x, repoURL: 'https://git.example/x', project: platform}}", "'project' of an argocd-app step")]
    [InlineData("{name: s, type: argocd-app, config: {name: x, repoURL: 'https://git.example/x', destination: {namespace: kube-system}}}", "'destination' of an argocd-app step")]
    public async Task Steps_that_leave_the_applications_namespace_are_refused_on_submission_and_on_dry_run(string step, string rule)
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var name = "esc-inline-" + teams.TeamA[^6..];

        var submitted = await teams.SubmitSpecAsync(teams.Alice, Spec(name, step));
        var dryRun = await teams.SendAsync(SpecRequest(teams, $"/api/applications?dryRun=true", Spec(name, step)));

        foreach (var (status, body) in new[] { submitted, dryRun })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
            Assert.Contains(rule, TwoTeams.ProblemText(body));
        }
        await AssertNothingStoredAsync(teams, name);
    }

    [Fact]
    public async Task Another_teams_application_or_namespace_cannot_be_named_nor_the_namespace_parameter_declared()
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var victim = "esc-victim-" + teams.TeamB[^6..];
        var name = "esc-attacker-" + teams.TeamA[^6..];
        Assert.Equal(HttpStatusCode.Created, (await teams.SubmitSpecAsync(teams.Bob, $"apiVersion: score.dev/v1b1\nmetadata: {{name: {victim}}}\ncontainers: {{main: {{image: nginx}}}}\n")).Status);

        var workload = await teams.SubmitSpecAsync(teams.Alice, Spec(name, $"{{name: s, type: score-workload, config: {{application: {victim}, operation: delete}}}}"));
        var manifest = await teams.SubmitSpecAsync(teams.Alice, Spec(name, $"{{name: s, type: kubernetes, config: {{manifest: \"apiVersion: v1\\nkind: Secret\\nmetadata: {{name: s, namespace: {victim}}}\\n\"}}}}"));
        var parameter = await teams.SubmitSpecAsync(teams.Alice, Spec(name, "{name: s, type: noop}", $"    parameters: {{namespace: {{type: string, default: {victim}}}}}\n"));
        var secret = await teams.SubmitSpecAsync(teams.Alice, Spec(name, $"{{name: s, type: kubernetes, config: {{operation: ensure-secret, namespace: {victim}, name: {victim}-db, keys: [password]}}}}"));

        Assert.Contains($"may only act on their own application '{name}', not on '{victim}'", TwoTeams.ProblemText(workload.Body));
        Assert.Contains($"act only in the application's own namespace '{name}', not in '{victim}'", TwoTeams.ProblemText(manifest.Body));
        Assert.Contains("'namespace' is set by the engine", TwoTeams.ProblemText(parameter.Body));
        Assert.Contains($"act only in the application's own namespace '{name}', not in '{victim}'", TwoTeams.ProblemText(secret.Body));
        Assert.All(new[] { workload, manifest, parameter, secret }, r => Assert.Equal(HttpStatusCode.UnprocessableEntity, r.Status));
        await AssertNothingStoredAsync(teams, name);
        var (_, runs) = await teams.SendAsync(HttpMethod.Get, $"/api/workflows?application={victim}&kind=score-workflow", teams.Admin);
        Assert.Equal(0, JsonDocument.Parse(runs).RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_new_revision_adding_a_script_step_is_refused_and_the_stored_revision_stays()
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var name = "esc-revise-" + teams.TeamA[^6..];
        Assert.Equal(HttpStatusCode.Created, (await teams.SubmitSpecAsync(teams.Alice, Spec(name, "{name: fine, type: noop}"))).Status);

        var (status, body) = await teams.SubmitSpecAsync(teams.Alice, Spec(name, "{name: env, type: script, config: {script: id}}"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("process-running steps belong to platform workflows", TwoTeams.ProblemText(body));
        var (_, application) = await teams.SendAsync(HttpMethod.Get, $"/api/applications/{name}", teams.Alice);
        Assert.Equal(1, JsonDocument.Parse(application).RootElement.GetProperty("revision").GetInt32());
    }

    [Theory]
    [InlineData("script", "{name: env, type: script, config: {script: env}}")]
    [InlineData("helm", "{name: env, type: helm, config: {operation: uninstall, release: innominatus, namespace: innominatus-system}}")]
    public async Task A_member_cannot_plan_a_posted_workflow_with_a_process_running_step_but_an_admin_can(string type, string step)
    {
        var teams = await TwoTeams.CreateAsync(stack);
        var workflow = $"apiVersion: innominatus.dev/v1\nkind: Workflow\nmetadata: {{name: posted}}\nsteps:\n  - {step}\n";

        var (status, body) = await teams.SendAsync(HttpMethod.Post, "/api/workflows/plan", teams.Alice, new { workflow });
        var (adminStatus, _) = await teams.SendAsync(HttpMethod.Post, "/api/workflows/plan", teams.Admin, new { workflow });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains($"Step type '{type}' is not allowed", TwoTeams.ProblemText(body));
        Assert.Equal(HttpStatusCode.OK, adminStatus);
    }

    private static HttpRequestMessage SpecRequest(TwoTeams teams, string path, string yaml)
    {
        var request = GatewayCalls.Request(HttpMethod.Post, path, teams.Alice);
        request.Content = new StringContent(yaml, System.Text.Encoding.UTF8, "application/yaml");
        return request;
    }

    internal static async Task AssertNothingStoredAsync(TwoTeams teams, string name)
    {
        var (status, _) = await teams.SendAsync(HttpMethod.Get, $"/api/applications/{name}", teams.Admin);
        Assert.Equal(HttpStatusCode.NotFound, status);
        var (_, runs) = await teams.SendAsync(HttpMethod.Get, $"/api/workflows?application={name}", teams.Admin);
        Assert.Equal(0, JsonDocument.Parse(runs).RootElement.GetProperty("total").GetInt32());
    }
}
