using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Shared;
using Innominatus.WorkflowService.Workflows.Definitions;
using Innominatus.WorkflowService.Workflows.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Innominatus.UnitTests.Engine;

public class SecretParametersTests
{
    private static readonly WorkflowDefinition Definition = WorkflowDefinitionParser.Parse("""
        apiVersion: innominatus.dev/v1
        kind: Workflow
        metadata: {name: test}
        parameters:
          db_admin: {type: string, secret: true, default: "default-admin-pass"}
          host: {type: string}
          note: {type: string}
        steps: [{name: a, type: noop}]
        """).Value!;

    private static OutputProtection With(string? key) => new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Workflows:OutputsKey"] = key }).Build(),
        NullLogger<OutputProtection>.Instance);

    [Fact]
    public void The_secret_field_is_read_by_both_schema_readers_and_must_be_a_boolean()
    {
        Assert.True(Definition.Parameters["db_admin"].Secret);
        Assert.False(Definition.Parameters["host"].Secret);
        Assert.True(ParameterSchemaReader.Read(JsonNode.Parse("""{"key": {"type": "string", "secret": true}}"""), "parameters").Value!["key"].Secret);
        var wrong = WorkflowDefinitionParser.Parse("""
            apiVersion: innominatus.dev/v1
            kind: Workflow
            metadata: {name: test}
            parameters: {key: {type: string, secret: "yes"}}
            steps: [{name: a, type: noop}]
            """);
        Assert.Contains(wrong.Errors, e => e.Path.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void Declared_secret_parameters_are_sealed_opened_for_steps_and_known_as_secret_values()
    {
        var protection = With("key one");
        var parameters = new JsonObject { ["db_admin"] = "hunter2-hunter2", ["host"] = "db.svc", ["note"] = "secret:v1:{\"a\":1}" };

        var stored = protection.ProtectParameters(parameters, SecretParameters.Names(Definition));
        var secrets = new List<string>();
        var revealed = protection.RevealParameters(stored, SecretParameters.Names(Definition), secrets);

        Assert.DoesNotContain("hunter2", stored.RootElement.GetRawText());
        Assert.StartsWith("enc:v1:", stored.RootElement.GetProperty("db_admin").GetString());
        Assert.Equal(parameters.ToJsonString(), revealed.ToJsonString());
        Assert.Equal(["hunter2-hunter2"], secrets);
    }

    [Fact]
    public void A_callers_value_that_looks_sealed_is_not_opened_into_another_type()
    {
        var protection = With(null);
        var stored = protection.ProtectParameters(new JsonObject { ["note"] = "secret:v1:{\"a\":1}" }, SecretParameters.Names(Definition));

        Assert.Equal("""{"note":"secret:v1:{\u0022a\u0022:1}"}""", protection.RevealParameters(stored, SecretParameters.Names(Definition), []).ToJsonString());
    }

    [Fact]
    public void Answers_and_events_show_secret_parameters_masked_and_details_hide_their_default()
    {
        var masked = SecretParameters.Masked(new JsonObject { ["db_admin"] = "hunter2-hunter2", ["host"] = "db.svc", ["note"] = null }, Definition);
        var stored = With("key one").ProtectParameters(new JsonObject { ["db_admin"] = "hunter2-hunter2", ["host"] = "db.svc" }, SecretParameters.Names(Definition));

        Assert.Equal("""{"db_admin":"(secret)","host":"db.svc","note":null}""", masked.ToJsonString());
        Assert.Equal("""{"db_admin":"(secret)","host":"db.svc"}""", SecretOutputs.MaskSecrets(stored)!.Value.GetRawText());
        var summary = ParameterSummary.From(Definition.Parameters).Single(p => p.Name == "db_admin");
        Assert.Equal("\"(secret)\"", summary.Default!.ToJsonString());
        Assert.True(summary.Secret);
    }
}
