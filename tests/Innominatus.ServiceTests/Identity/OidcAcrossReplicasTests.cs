extern alias identity;
using System.Net;
using System.Net.Http.Json;
using Innominatus.ServiceTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using identity::Innominatus.IdentityService.Sessions;

namespace Innominatus.ServiceTests.Identity;

/// <summary>
/// The IdentityService needs no shared ASP.NET Core data-protection key ring: the OIDC state it sends to the provider
/// is a token encrypted with the keys in its schema (KeyRing), its correlation cookie a random value, and its session
/// cookie a token looked up in the database. So a login started at one replica finishes at another. The provider is a
/// second IdentityService on 127.0.0.1, as in <see cref="OidcLoginTests"/>.
/// </summary>
public class OidcAcrossReplicasTests
{
    [Fact]
    public async Task A_login_started_at_one_replica_finishes_at_another()
    {
        await using var provider = await CompanyProvider.StartAsync();
        var (issuer, secret, providerAdmin) = (provider.Issuer, provider.Secret, provider.Admin);
        (await providerAdmin.PostAsJsonAsync("/api/admin/users", new { username = "finn", password = "finns-provider-password", role = "user" })).EnsureSuccessStatusCode();
        var database = TestInfrastructure.NewDatabaseConnectionString();
        var settings = new Dictionary<string, string>
        {
            ["OIDC_ENABLED"] = "true",
            ["OIDC_ISSUER"] = issuer,
            ["OIDC_CLIENT_ID"] = "innominatus",
            ["OIDC_CLIENT_SECRET"] = secret,
            ["OIDC_REDIRECT_URL"] = "http://localhost/auth/callback",
            ["Identity:StoredKeysKey"] = InternalCallerTokens.NewSecret(),
        };
        await using var first = new ServiceFactory<identity::Program>(database, settings);
        await using var second = new ServiceFactory<identity::Program>(database, settings);
        await first.StartAsync();
        await second.StartAsync();
        using var atFirst = first.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var atSecond = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var browserAtProvider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = provider.Address };
        (await browserAtProvider.PostAsJsonAsync("/api/login", new { username = "finn", password = "finns-provider-password" })).EnsureSuccessStatusCode();

        var start = await atFirst.GetAsync("/auth/oidc/login?returnUrl=/welcome");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var cookies = string.Join("; ", start.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var answer = await browserAtProvider.GetAsync(start.Headers.Location!);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        using var callback = new HttpRequestMessage(HttpMethod.Get, answer.Headers.Location!.PathAndQuery);
        callback.Headers.Add("Cookie", cookies);
        var done = await atSecond.SendAsync(callback);

        Assert.True(done.StatusCode == HttpStatusCode.Redirect, $"{(int)done.StatusCode}: {await done.Content.ReadAsStringAsync()}");
        Assert.Equal("/welcome", done.Headers.Location!.ToString());
        var session = done.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("innominatus_session=", StringComparison.Ordinal)).Split(';')[0]["innominatus_session=".Length..];
        using var scope = first.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<SessionStore>().FindUserAsync(session, CancellationToken.None);
        Assert.Equal("finn", user?.Username);
    }
}
