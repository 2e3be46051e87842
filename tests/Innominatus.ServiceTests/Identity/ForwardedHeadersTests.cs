using System.Net;
using System.Net.Http.Json;
using static Innominatus.ServiceTests.Identity.GatewayCalls;

namespace Innominatus.ServiceTests.Identity;

/// <summary>
/// Rule "forwarded headers only from trusted peers": the IdentityService records the client address of
/// <c>X-Forwarded-For</c> only when the peer is in <c>Identity:ForwardedHeaders</c> (loopback when unset, where the
/// AppHost's gateway runs); any other peer, e.g. a pod calling the service directly, cannot choose the audited address.
/// </summary>
[Collection(IdentityStackCollection.Name)]
public class ForwardedHeadersTests(IdentityStack stack)
{
    [Fact]
    public async Task A_forged_X_Forwarded_For_from_an_untrusted_peer_is_not_the_audited_address()
    {
        await using var replica = stack.NewIdentityReplica(new Dictionary<string, string> { ["Identity:ForwardedHeaders:KnownNetworks:0"] = "10.244.0.0/16" });
        using var identity = await replica.StartOnLoopbackAsync();
        var user = await NewUserAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await Login(identity, user, "203.0.113.77")).StatusCode);

        Assert.Equal("127.0.0.1", await AuditedAddressAsync(user));
    }

    [Fact]
    public async Task The_forwarded_address_of_a_trusted_peer_is_audited()
    {
        await using var replica = stack.NewIdentityReplica(new Dictionary<string, string> { ["Identity:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });
        using var identity = await replica.StartOnLoopbackAsync();
        var user = await NewUserAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await Login(identity, user, "203.0.113.78")).StatusCode);

        Assert.Equal("203.0.113.78", await AuditedAddressAsync(user));
    }

    private async Task<string> NewUserAsync()
    {
        using var gateway = stack.Gateway.CreateClient();
        var admin = await LoginAsync(gateway, "admin", IdentityStack.AdminPassword);
        var user = "fwd-" + Guid.NewGuid().ToString("N")[..6];
        await SendOkAsync(gateway, HttpMethod.Post, "/api/admin/users", admin, new { username = user, password = "the-right-password" });
        return user;
    }

    private async Task<string?> AuditedAddressAsync(string user)
    {
        using var gateway = stack.Gateway.CreateClient();
        var admin = await LoginAsync(gateway, "admin", IdentityStack.AdminPassword);
        var audit = await SendOkAsync(gateway, HttpMethod.Get, $"/api/admin/audit?actor={user}&action=login", admin);
        return audit.GetProperty("items")[0].GetProperty("clientAddress").GetString();
    }

    private static Task<HttpResponseMessage> Login(HttpClient identity, string username, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/login") { Content = JsonContent.Create(new { username, password = "wrong-password" }) };
        request.Headers.Add("X-Forwarded-For", address);
        return identity.SendAsync(request);
    }
}
