extern alias identity;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Identity;

/// <summary>The OIDC signing and encryption keys the IdentityService generates are not readable from the database.</summary>
public class StoredKeysAtRestTests
{
    private const string KeysQuery = "SELECT string_agg(id || '=' || material, E'\\n' ORDER BY id) FROM identity.stored_keys";

    [Fact]
    public async Task Generated_keys_are_stored_encrypted_and_plain_rows_of_an_older_version_are_encrypted_at_the_next_start()
    {
        var database = TestInfrastructure.NewDatabaseConnectionString();
        string plainKid;
        await using (var older = new ServiceFactory<identity::Program>(database))
        {
            using var client = await older.StartAsync();
            plainKid = await KeyIdAsync(client);
        }
        var plain = await TestInfrastructure.ScalarAsync<string>(database, KeysQuery);

        await using var current = new ServiceFactory<identity::Program>(database, new Dictionary<string, string> { ["Identity:StoredKeysKey"] = "a test stored-keys key" });
        using var restarted = await current.StartAsync();
        var kid = await KeyIdAsync(restarted);
        var stored = await TestInfrastructure.ScalarAsync<string>(database, KeysQuery);

        Assert.Contains("PRIVATE KEY", plain);
        Assert.Equal(plainKid, kid);
        Assert.DoesNotContain("PRIVATE KEY", stored);
        Assert.Matches("^encryption=enc:v1:[^\\n]+\\nsigning=enc:v1:", stored);
        Assert.DoesNotContain(plain!.Split('\n')[0]["encryption=".Length..], stored);
    }

    [Fact]
    public async Task A_new_database_never_holds_the_keys_in_plain_text_and_a_wrong_key_cannot_open_them()
    {
        var database = TestInfrastructure.NewDatabaseConnectionString();
        await using (var first = new ServiceFactory<identity::Program>(database, new Dictionary<string, string> { ["Identity:StoredKeysKey"] = "the right key" }))
        {
            using var client = await first.StartAsync();
            await KeyIdAsync(client);
        }
        var stored = await TestInfrastructure.ScalarAsync<string>(database, KeysQuery);

        await using var wrong = new ServiceFactory<identity::Program>(database, new Dictionary<string, string> { ["Identity:StoredKeysKey"] = "a wrong key" });
        var opened = await OpensKeysAsync(wrong);

        Assert.DoesNotContain("PRIVATE KEY", stored);
        Assert.StartsWith("encryption=enc:v1:", stored);
        Assert.False(opened);
    }

    /// <summary>Whether the service serves its keys: a key ring it cannot open fails the request, or the start.</summary>
    private static async Task<bool> OpensKeysAsync(ServiceFactory<identity::Program> service)
    {
        try
        {
            using var client = service.CreateClient();
            return (await client.GetAsync("/.well-known/jwks")).IsSuccessStatusCode;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static async Task<string> KeyIdAsync(HttpClient identityClient)
    {
        using var jwks = JsonDocument.Parse(await identityClient.GetStringAsync("/.well-known/jwks"));
        return jwks.RootElement.GetProperty("keys")[0].GetProperty("kid").GetString()!;
    }
}
