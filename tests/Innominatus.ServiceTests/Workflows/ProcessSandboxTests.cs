using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>
/// Process steps run confined: an allow-listed environment without the service's secrets, a private workspace under
/// Workspaces:Root removed afterwards, and never as root.
/// </summary>
public class ProcessSandboxTests
{
    private const string ProbeSecret = "sandbox-probe-secret-4711";

    [Fact]
    public async Task A_script_printing_env_sees_none_of_the_services_secrets_runs_unprivileged_in_its_own_workspace()
    {
        Environment.SetEnvironmentVariable("ConnectionStrings__sandboxprobe", $"Host=db;Password={ProbeSecret}");
        Environment.SetEnvironmentVariable("InternalAuth__SandboxProbe", ProbeSecret);
        Environment.SetEnvironmentVariable("INNOMINATUS_SANDBOX_ALLOWED", "allowed-value");
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string>
            {
                ["show-env"] = """
                      - name: show
                        type: script
                        config:
                          env: {DECLARED: declared-value}
                          script: |
                            env
                            echo "uid=$(id -u)"
                            echo "cwd=$(pwd)"
                            touch "$HOME/left-behind"
                    """,
            },
            new Dictionary<string, string>
            {
                ["ConnectionStrings:sandboxsetting"] = $"Host=db;Password={ProbeSecret}",
                ["Workflows:ProcessSteps:AllowedEnvironment:0"] = "INNOMINATUS_SANDBOX_ALLOWED",
            });

        var id = await engine.RunAsync("show-env");
        await engine.WaitForAsync(id, "succeeded");

        var lines = await engine.LogLinesAsync(id, "show");
        var secrets = new[] { ProbeSecret, TestInfrastructure.RabbitMq, Environment.GetEnvironmentVariable("INNOMINATUS_TEST_POSTGRES") }
            .Where(s => !string.IsNullOrEmpty(s)).ToList();
        Assert.DoesNotContain(lines, l => secrets.Any(s => l.Contains(s!, StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.StartsWith("ConnectionStrings__", StringComparison.Ordinal) || l.StartsWith("KUBECONFIG=", StringComparison.Ordinal)
            || l.StartsWith("INNOMINATUS_TEST_", StringComparison.Ordinal) || l.StartsWith("InternalAuth__", StringComparison.Ordinal));
        Assert.Contains("INNOMINATUS_SANDBOX_ALLOWED=allowed-value", lines);
        Assert.Contains("DECLARED=declared-value", lines);
        Assert.Contains("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", lines);
        var workspaces = Path.Combine(engine.Work, "workspaces");
        var cwd = Assert.Single(lines, l => l.StartsWith("cwd=", StringComparison.Ordinal))[4..];
        Assert.StartsWith(workspaces + "/", cwd, StringComparison.Ordinal);
        Assert.Contains($"HOME={cwd}", lines);
        Assert.False(Directory.Exists(cwd), "the step's workspace is removed after the step");
        if (Environment.IsPrivilegedProcess)
        {
            Assert.Contains("uid=65534", lines);
        }
        Assert.DoesNotContain("uid=0", lines);
    }

    [Theory]
    [InlineData("../..", "outside Workspaces:Root")]
    [InlineData("/etc", "outside Workspaces:Root")]
    public async Task A_working_folder_outside_the_workspaces_root_is_refused_naming_the_rule(string workingDir, string rule)
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string>
        {
            ["escape"] = $"  - {{name: escape, type: script, config: {{workingDir: \"{workingDir}\", script: touch escaped}}}}\n",
        });

        var run = await engine.WaitForAsync(await engine.RunAsync("escape"), "failed");

        Assert.Contains(rule, EngineHost.Step(run, "escape").GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(workingDir.StartsWith('/') ? workingDir : Path.GetTempPath(), "escaped")));
    }

    [Fact]
    public async Task A_hostile_parameter_reaches_a_script_as_data_and_a_hostile_condition_value_stays_one_operand()
    {
        var marker = Path.Combine(Path.GetTempPath(), $"innominatus-pwned-{Guid.NewGuid():N}");
        var hostile = $"x != y $(touch {marker}) `touch {marker}`; touch {marker} \" '";
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string>
        {
            ["inject"] = """
                parameters:
                  evil: {type: string}
                ---steps
                  - name: echo
                    type: script
                    config:
                      script: |
                        printf 'value=%s\n' "${parameters.evil}"
                        printf 'bare=%s\n' ${parameters.evil}
                  - name: guarded
                    type: script
                    when: "${parameters.evil} == 'prod'"
                    config: {script: "touch guarded-ran"}
                """,
        });

        var id = await engine.RunAsync("inject", new { evil = hostile });
        var run = await engine.WaitForAsync(id, "succeeded");

        var lines = await engine.LogLinesAsync(id, "echo");
        Assert.Contains($"value={hostile}", lines);
        Assert.False(File.Exists(marker));
        Assert.Equal("skipped", EngineHost.Step(run, "guarded").GetProperty("state").GetString());
    }
}
