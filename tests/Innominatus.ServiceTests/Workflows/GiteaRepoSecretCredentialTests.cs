using System.Text;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;
using k8s;
using k8s.Models;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>
/// <c>credentialsSecret</c> of a platform <c>gitea-repo</c> step: Basic credentials the engine reads from a Kubernetes
/// Secret on the local kube-apiserver, sent to <see cref="FakeGitea"/> (an in-memory fake of Gitea's REST API, not
/// Gitea), never written to the log; a Secret or key that is not there, or a second credential, fails the step.
/// </summary>
public class GiteaRepoSecretCredentialTests
{
    [KubernetesFact]
    public async Task A_platform_step_calls_gitea_with_the_credential_read_from_a_secret_and_fails_clearly_without_one()
    {
        var ns = LocalCluster.NewNamespace();
        using var cluster = LocalCluster.Client();
        await cluster.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = ns } });
        await using var gitea = await FakeGitea.StartAsync("platform");
        await cluster.CoreV1.CreateNamespacedSecretAsync(new V1Secret
        {
            Metadata = new V1ObjectMeta { Name = "gitea-admin" },
            StringData = new Dictionary<string, string> { ["user"] = FakeGitea.User, ["password"] = gitea.Password },
        }, ns);
        string Step(string secret) => $"  - name: repo\n    type: gitea-repo\n    config:\n      url: {gitea.Url}\n      owner: platform\n      repo: web\n      credentialsSecret: {secret}\n";
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string>
            {
                ["secret"] = Step($"{{namespace: {ns}, name: gitea-admin, usernameKey: user, passwordKey: password}}"),
                ["missing"] = Step($"{{namespace: {ns}, name: nope, username: {FakeGitea.User}, passwordKey: password}}"),
                ["no-key"] = Step($"{{namespace: {ns}, name: gitea-admin, username: {FakeGitea.User}, passwordKey: token}}"),
                ["both"] = Step($"{{namespace: {ns}, name: gitea-admin, usernameKey: user, passwordKey: password}}") + "      credentials: gitea\n",
                ["half"] = Step($"{{namespace: {ns}, name: gitea-admin, passwordKey: password}}"),
            },
            gitea.Reachable(new Dictionary<string, string> { ["Kubernetes:Kubeconfig"] = LocalCluster.Kubeconfig!, ["Credentials:gitea:Token"] = gitea.Token }));

        var created = await engine.WaitForAsync(await engine.RunAsync("secret"), "succeeded");
        var calls = gitea.Requests.Count;
        var missing = await engine.WaitForAsync(await engine.RunAsync("missing"), "failed");
        var noKey = await engine.WaitForAsync(await engine.RunAsync("no-key"), "failed");
        var both = await engine.WaitForAsync(await engine.RunAsync("both"), "failed");
        var half = await engine.WaitForAsync(await engine.RunAsync("half"), "failed");

        Assert.NotNull(gitea.Repo("platform", "web"));
        var basic = $"Basic {Convert.ToBase64String(Encoding.UTF8.GetBytes($"{FakeGitea.User}:{gitea.Password}"))}";
        Assert.All(gitea.Requests, r => Assert.Equal(basic, r.Authorization));
        Assert.DoesNotContain(await engine.LogLinesAsync(created.GetProperty("id").GetGuid(), "repo"), l => l.Contains(gitea.Password, StringComparison.Ordinal));
        Assert.Equal($"credentialsSecret: Secret {ns}/nope does not exist", Error(missing));
        Assert.Equal($"credentialsSecret: Secret {ns}/gitea-admin has no key 'token'", Error(noKey));
        Assert.Equal("config.credentials and config.credentialsSecret exclude each other: name one credential", Error(both));
        Assert.StartsWith("config.credentialsSecret needs namespace, name, passwordKey and exactly one of username or usernameKey", Error(half));
        Assert.Equal(calls, gitea.Requests.Count);
    }

    private static string? Error(JsonElement run) => EngineHost.Step(run, "repo").GetProperty("error").GetString();
}
