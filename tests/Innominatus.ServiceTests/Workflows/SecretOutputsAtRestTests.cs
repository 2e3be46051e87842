using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>Secret-looking step outputs are encrypted in the database and decrypted for the steps that use them.</summary>
public class SecretOutputsAtRestTests
{
    private const string Steps = """
          - name: generate
            type: script
            config:
              script: |
                echo "password=s3cr3t-value" >> "$INNOMINATUS_OUTPUTS"
                echo "user=app" >> "$INNOMINATUS_OUTPUTS"
          - name: use
            type: script
            dependsOn: [generate]
            config:
              script: test "${steps.generate.outputs.password}" = "s3cr3t-value" && echo "the password reached ${steps.generate.outputs.user}"
        """;

    [Fact]
    public async Task A_generated_password_is_stored_encrypted_and_the_next_step_still_gets_it()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["secrets"] = Steps }, new Dictionary<string, string> { ["Workflows:OutputsKey"] = "a test key" });

        var run = await engine.WaitForAsync(await engine.RunAsync("secrets"), "succeeded");

        var stored = await TestInfrastructure.ScalarAsync<string>(engine.Service.DatabaseConnectionString,
            $"SELECT outputs::text FROM workflow.step_executions WHERE execution_id = '{run.GetProperty("id")}' AND name = 'generate'");
        Assert.DoesNotContain("s3cr3t-value", stored);
        Assert.Contains("\"password\": \"enc:v1:", stored);
        Assert.Contains("\"user\": \"app\"", stored);
        Assert.Equal("(secret)", EngineHost.Step(run, "generate").GetProperty("outputs").GetProperty("password").GetString());
        Assert.Contains("the password reached app", await engine.LogLinesAsync(run.GetProperty("id").GetGuid(), "use"));
    }
}
