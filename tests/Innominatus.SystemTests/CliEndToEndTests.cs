using Innominatus.ServiceTests.Infrastructure;
using System.Diagnostics;
using k8s;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace Innominatus.SystemTests;

/// <summary>innominatus-ctl as a process against the whole system: the real gateway, the real IdentityService.</summary>
public class CliEndToEndTests(SystemFixture fixture) : IClassFixture<SystemFixture>
{
    private static readonly string Executable = Path.Combine(AppContext.BaseDirectory, "innominatus-ctl");

    [Fact]
    public async Task A_developer_logs_in_with_a_password_works_with_the_key_the_login_stored_and_logs_out()
    {
        using (var admin = await fixture.System.AdminGatewayAsync())
        {
            (await admin.PostAsJsonAsync("/api/teams", new { name = "cli-team", description = "CLI" })).EnsureSuccessStatusCode();
            (await admin.PostAsJsonAsync("/api/admin/users", new { username = "carla", password = "carla-long-password", team = "cli-team", role = "user" })).EnsureSuccessStatusCode();
        }
        var server = fixture.System.App.GetEndpoint("gateway", "http").ToString();
        var config = Directory.CreateTempSubdirectory("innominatus-cli-system-").FullName;

        var login = await RunAsync(config, "carla-long-password\n", "login", "--server", server, "--username", "carla", "--password-stdin");
        var whoami = await RunAsync(config, "", "whoami", "--server", server, "-o", "json");
        var list = await RunAsync(config, "", "list", "--server", server, "-o", "json");
        var logout = await RunAsync(config, "", "logout", "--server", server);
        var afterLogout = await RunAsync(config, "", "list", "--server", server);

        Assert.True(login.ExitCode == 0, login.ToString());
        Assert.True(whoami.ExitCode == 0, whoami.ToString());
        Assert.Contains("carla", whoami.Out);
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Equal(0, JsonDocument.Parse(list.Out).RootElement.GetProperty("total").GetInt32());
        Assert.True(logout.ExitCode == 0, logout.ToString());
        Assert.Equal(4, afterLogout.ExitCode);
        Assert.StartsWith("error: ", afterLogout.Error);
    }

    [KubernetesFact]
    public async Task Deploy_with_watch_follows_the_provider_workflow_and_the_workload_to_the_end_on_the_cluster()
    {
        var server = fixture.System.App.GetEndpoint("gateway", "http").ToString();
        var config = Directory.CreateTempSubdirectory("innominatus-cli-deploy-").FullName;
        var spec = Path.Combine(config, "score.yaml");
        File.WriteAllText(spec, """
            apiVersion: score.dev/v1b1
            metadata:
              name: cli-shop
            containers:
              web:
                image: nginx:1.27
                variables:
                  DB_HOST: ${resources.db.host}
            resources:
              db:
                type: postgres
            """);
        using var cluster = new k8s.Kubernetes(k8s.KubernetesClientConfiguration.BuildConfigFromConfigFile(Environment.GetEnvironmentVariable("KUBECONFIG")));
        using var stop = new CancellationTokenSource();
        var kubelet = LocalCluster.MarkReadyAsync(cluster, "cli-shop", stop.Token);
        using (var admin = await fixture.System.AdminGatewayAsync())
        {
            (await admin.PostAsJsonAsync("/api/teams", new { name = "cli-deploy", description = "CLI" })).EnsureSuccessStatusCode();
            (await admin.PostAsJsonAsync("/api/admin/users", new { username = "dora", password = "dora-long-password", team = "cli-deploy", role = "user" })).EnsureSuccessStatusCode();
        }

        var login = await RunAsync(config, "dora-long-password\n", "login", "--server", server, "--username", "dora", "--password-stdin");
        var deploy = await RunAsync(config, "", "deploy", spec, "--server", server, "--watch", "--timeout", "240");
        var status = await RunAsync(config, "", "status", "cli-shop", "--server", server, "-o", "json");
        stop.Cancel();
        await kubelet;

        Assert.True(login.ExitCode == 0, login.ToString());
        Assert.True(deploy.ExitCode == 0, deploy.ToString());
        Assert.Contains("provision-postgres", deploy.Out);
        Assert.Contains("deploy-workload", deploy.Out);
        var resources = JsonDocument.Parse(status.Out).RootElement.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal("active", Assert.Single(resources).GetProperty("state").GetString());
        Assert.NotNull(await cluster.AppsV1.ReadNamespacedDeploymentAsync("cli-shop", "cli-shop"));
    }

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(string config, string input, params string[] args)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["XDG_CONFIG_HOME"] = config;
        start.Environment.Remove("IDP_API_KEY");
        start.Environment.Remove("INNOMINATUS_URL");
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
