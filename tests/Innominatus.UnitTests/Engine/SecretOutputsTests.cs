using System.Text.Json;
using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Innominatus.UnitTests.Engine;

/// <summary>Which outputs count as secret (by name, declared, derived from a known secret, nested) and how they are masked.</summary>
public class SecretOutputsTests
{
    private const string Password = "Xq7mN2pL9vR4tZ8w";

    private static OutputProtection With(string? key) => new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Workflows:OutputsKey"] = key }).Build(),
        NullLogger<OutputProtection>.Instance);

    [Theory]
    [InlineData("a key")]
    [InlineData(null)]
    public void Declared_derived_and_nested_secrets_are_protected_and_masked_and_the_rest_is_left_alone(string? key)
    {
        var protection = With(key);
        var outputs = new JsonObject
        {
            ["connection"] = $"mongodb://shop:{Password}@shop-db.team-a.svc:27017/",
            ["dsn_text"] = $"Server=db;Password={Password}",
            ["settings"] = new JsonObject { ["login"] = new JsonObject { ["password"] = "short" }, ["host"] = "db" },
            ["list"] = new JsonArray("a", $"user:{Password}"),
            ["uri"] = "https://example.test/",
            ["host"] = "shop-db.team-a.svc",
        };

        var stored = protection.Protect(outputs, new HashSet<string> { "uri" }, new SecretValues([Password]));
        var masked = SecretOutputs.MaskSecrets(stored)!.Value;

        Assert.DoesNotContain(Password, key is null ? masked.GetRawText() : stored.RootElement.GetRawText());
        Assert.DoesNotContain(Password, masked.GetRawText());
        foreach (var name in new[] { "connection", "dsn_text", "settings", "list", "uri" })
        {
            Assert.True(OutputProtection.IsProtected(stored.RootElement.GetProperty(name).GetString()!), name);
            Assert.Equal(SecretOutputs.Masked, masked.GetProperty(name).GetString());
        }
        Assert.Equal("shop-db.team-a.svc", masked.GetProperty("host").GetString());
        var secrets = new List<string>();
        Assert.Equal(outputs.ToJsonString(), protection.Reveal(stored, secrets).ToJsonString());
        Assert.Contains($"user:{Password}", secrets);
    }

    [Fact]
    public void Secret_named_properties_inside_an_output_stored_as_it_is_are_masked_at_any_depth()
    {
        using var stored = JsonDocument.Parse("""{"result":{"items":[{"name":"web","api_token":"t0k3n-value"}],"count":1}}""");

        var masked = SecretOutputs.MaskSecrets(stored)!.Value.GetRawText();

        Assert.Equal("""{"result":{"items":[{"name":"web","api_token":"(secret)"}],"count":1}}""", masked);
    }

    [Fact]
    public void Known_secret_values_are_masked_in_text_and_short_values_are_not_taken_for_secrets()
    {
        var secrets = new SecretValues([Password, "1h", "true"]);

        Assert.Equal("connecting with (secret) for 1h: true", secrets.Mask($"connecting with {Password} for 1h: true"));
        Assert.True(secrets.Reveals(JsonValue.Create($"x{Password}x")));
        Assert.False(secrets.Reveals(JsonValue.Create("1h")));
    }
}
