using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>Secret step outputs are encrypted in the database, decrypted for the steps that use them, and masked in answers and logs.</summary>
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

    private const string Derived = """
          - name: generate
            type: script
            config:
              script: echo "password=Xq7mN2pL9vR4tZ8w" >> "$INNOMINATUS_OUTPUTS"
          - name: publish
            type: noop
            dependsOn: [generate]
            outputs:
              connection: "mongodb://shop:${steps.generate.outputs.password}@shop-db.team-a.svc:27017/"
              host: shop-db.team-a.svc
          - name: nested
            type: script
            dependsOn: [publish]
            config:
              script: |
                echo "connecting to ${steps.publish.outputs.connection}"
                echo "result={\"login\": {\"api_token\": \"nested-t0ken-value\"}}" >> "$INNOMINATUS_OUTPUTS"
        outputs:
          connection: "${steps.publish.outputs.connection}"
        """;

    [Fact]
    public async Task A_connection_string_derived_from_a_password_is_in_no_row_no_answer_and_no_log_line()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["derived"] = Derived }, new Dictionary<string, string> { ["Workflows:OutputsKey"] = "a test key" });

        var id = await engine.RunAsync("derived");
        var run = await engine.WaitForAsync(id, "succeeded");

        var rows = await TestInfrastructure.ScalarAsync<string>(engine.Service.DatabaseConnectionString,
            $"SELECT string_agg(outputs::text, ' ') FROM workflow.step_executions WHERE execution_id = '{id}'");
        var runRow = await TestInfrastructure.ScalarAsync<string>(engine.Service.DatabaseConnectionString,
            $"SELECT outputs::text FROM workflow.workflow_executions WHERE id = '{id}'");
        var answer = await engine.Client.GetStringAsync($"/api/workflows/{id}");
        var logs = string.Join('\n', await engine.LogLinesAsync(id, "nested"));
        foreach (var text in new[] { rows, runRow, answer, logs })
        {
            Assert.DoesNotContain("Xq7mN2pL9vR4tZ8w", text);
            Assert.DoesNotContain("nested-t0ken-value", text);
        }
        Assert.Equal("(secret)", EngineHost.Step(run, "publish").GetProperty("outputs").GetProperty("connection").GetString());
        Assert.Equal("(secret)", run.GetProperty("outputs").GetProperty("connection").GetString());
        Assert.Equal("(secret)", EngineHost.Step(run, "nested").GetProperty("outputs").GetProperty("result").GetString());
        Assert.Equal("shop-db.team-a.svc", EngineHost.Step(run, "publish").GetProperty("outputs").GetProperty("host").GetString());
        Assert.Contains("connecting to (secret)", logs);
    }
}
