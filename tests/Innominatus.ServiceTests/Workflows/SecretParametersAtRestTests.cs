using System.Net.Http.Json;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>A parameter declared <c>secret: true</c> reaches its step but no row, answer, event or log line.</summary>
public class SecretParametersAtRestTests
{
    private const string Secret = "Pa55-word-4-test-only";

    private const string GoldenPath = """
        parameters:
          db_admin: {type: string, required: true, secret: true}
          host: {type: string, default: db.svc}
        ---steps
          - name: use
            type: script
            config:
              script: |
                test "${parameters.db_admin}" = "Pa55-word-4-test-only"
                echo "logging in to ${parameters.host} with ${parameters.db_admin}"
        """;

    [Fact]
    public async Task A_secret_parameter_is_sealed_in_the_rows_masked_in_answers_events_and_logs_and_the_step_receives_it()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["secret-param"] = GoldenPath }, new Dictionary<string, string> { ["Workflows:OutputsKey"] = "a test key" });

        var accepted = await engine.Client.PostAsJsonAsync("/api/golden-paths/secret-param/runs", new { parameters = new { db_admin = Secret } });
        var acceptedAnswer = await accepted.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.Accepted, accepted.StatusCode);
        var id = JsonDocument.Parse(acceptedAnswer).RootElement.GetProperty("workflowRunId").GetGuid();
        var run = await engine.WaitForAsync(id, "succeeded");

        var rows = await TestInfrastructure.ScalarAsync<string>(engine.Service.DatabaseConnectionString,
            $"SELECT (SELECT parameters::text FROM workflow.workflow_executions WHERE id = '{id}') || (SELECT string_agg(parameters::text, ' ') FROM workflow.golden_path_runs)");
        var events = await TestInfrastructure.ScalarAsync<string>(engine.Service.DatabaseConnectionString, "SELECT string_agg(payload::text, ' ') FROM workflow.outbox_messages");
        var answer = await engine.Client.GetStringAsync($"/api/workflows/{id}");
        var logs = await engine.LogLinesAsync(id, "use");
        foreach (var text in new[] { acceptedAnswer, rows, events, answer, string.Join('\n', logs) })
        {
            Assert.DoesNotContain(Secret, text);
        }
        Assert.Contains("\"db_admin\": \"enc:v1:", rows);
        Assert.Equal("(secret)", run.GetProperty("parameters").GetProperty("db_admin").GetString());
        Assert.Equal("db.svc", run.GetProperty("parameters").GetProperty("host").GetString());
        Assert.Contains("logging in to db.svc with (secret)", logs);
        Assert.Contains("GoldenPathRunRequested", await TestInfrastructure.ScalarAsync<string>(engine.Service.DatabaseConnectionString, "SELECT string_agg(message_type, ' ') FROM workflow.outbox_messages"));
    }
}
