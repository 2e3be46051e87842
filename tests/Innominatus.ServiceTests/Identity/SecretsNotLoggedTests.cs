using static Innominatus.ServiceTests.Identity.GatewayCalls;

namespace Innominatus.ServiceTests.Identity;

[Collection(IdentityStackCollection.Name)]
public class SecretsNotLoggedTests(IdentityStack stack)
{
    [Fact]
    public async Task Logins_and_key_creation_leave_no_password_token_or_key_in_the_logs()
    {
        using var gateway = stack.Gateway.CreateClient();
        var user = "quiet-" + Guid.NewGuid().ToString("N")[..6];
        const string password = "a-password-that-must-never-be-logged";
        var admin = await LoginAsync(gateway, "admin", IdentityStack.AdminPassword);
        await SendOkAsync(gateway, HttpMethod.Post, "/api/admin/users", admin, new { username = user, password });
        await gateway.SendAsync(Request(HttpMethod.Post, "/api/login", body: new { username = user, password = password + "-wrong" }));
        var session = await LoginAsync(gateway, user, password);
        var key = await CreateApiKeyAsync(gateway, session, "quiet");
        var token = await ExchangeApiKeyAsync(gateway, key);
        await gateway.SendAsync(Request(HttpMethod.Get, "/api/profile", apiKey: key));
        await gateway.SendAsync(Request(HttpMethod.Get, "/api/profile", bearer: token));

        var lines = stack.Identity.Logs.Lines.Concat(stack.Gateway.Logs.Lines).ToList();
        Assert.NotEmpty(lines);
        foreach (var secret in new[] { password, IdentityStack.AdminPassword, session, admin, key, key[4..], token })
        {
            Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }
}
