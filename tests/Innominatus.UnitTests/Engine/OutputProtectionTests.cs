using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Innominatus.UnitTests.Engine;

public class OutputProtectionTests
{
    private static OutputProtection With(string? key, string? previous = null) => new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Workflows:OutputsKey"] = key, ["Workflows:PreviousOutputsKeys:0"] = previous }).Build(),
        NullLogger<OutputProtection>.Instance);

    [Fact]
    public void Secret_looking_outputs_of_any_type_are_encrypted_and_read_back_and_others_stay_as_they_are()
    {
        var protection = With("key one");
        var outputs = new JsonObject { ["password"] = "s3cr3t", ["api_token"] = 42, ["host"] = "db.svc", ["nested"] = new JsonObject { ["a"] = 1 } };

        var stored = protection.Protect(outputs);

        Assert.DoesNotContain("s3cr3t", stored.RootElement.GetRawText());
        Assert.StartsWith("enc:v1:", stored.RootElement.GetProperty("api_token").GetString());
        Assert.Equal(outputs.ToJsonString(), protection.Reveal(stored).ToJsonString());
        Assert.NotEqual(stored.RootElement.GetProperty("password").GetString(), protection.Protect(outputs).RootElement.GetProperty("password").GetString());
    }

    [Fact]
    public void Another_key_or_none_cannot_read_them_and_without_a_key_secrets_are_marked_but_not_encrypted()
    {
        var stored = With("key one").Protect(new JsonObject { ["password"] = "s3cr3t", ["host"] = "db.svc" });

        Assert.Equal("""{"password":null,"host":"db.svc"}""", With("key two").Reveal(stored).ToJsonString());
        Assert.Equal("""{"password":null,"host":"db.svc"}""", With(null).Reveal(stored).ToJsonString());
        var unencrypted = With(null).Protect(new JsonObject { ["password"] = "s3cr3t" });
        Assert.Equal("""{"password":"secret:v1:\u0022s3cr3t\u0022"}""", unencrypted.RootElement.GetRawText());
        Assert.Equal("""{"password":"s3cr3t"}""", With(null).Reveal(unencrypted).ToJsonString());
    }

    [Fact]
    public void After_a_key_rotation_outputs_written_with_the_previous_key_stay_readable_and_new_ones_use_the_new_key()
    {
        var old = With("key one").Protect(new JsonObject { ["password"] = "s3cr3t" });
        var rotated = With("key two", previous: "key one");

        var fresh = rotated.Protect(new JsonObject { ["password"] = "n3w" });

        Assert.Equal("""{"password":"s3cr3t"}""", rotated.Reveal(old).ToJsonString());
        Assert.Equal("""{"password":null}""", With("key one").Reveal(fresh).ToJsonString());
        Assert.Equal("""{"password":"n3w"}""", With("key two").Reveal(fresh).ToJsonString());
    }

    [Fact]
    public void An_output_that_embeds_a_secret_output_of_the_same_step_is_secret_too()
    {
        var stored = With("key one").Protect(new JsonObject { ["password"] = "Xq7mN2pL9vR4", ["connection"] = "postgresql://app:Xq7mN2pL9vR4@db/app", ["host"] = "db" });

        Assert.DoesNotContain("Xq7mN2pL9vR4", stored.RootElement.GetRawText());
        Assert.Equal("db", stored.RootElement.GetProperty("host").GetString());
    }
}
