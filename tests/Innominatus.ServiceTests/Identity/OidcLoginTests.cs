extern alias identity;
using System.Net;
using System.Net.Http.Json;
using Innominatus.ServiceTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using identity::Innominatus.IdentityService.Data;
using identity::Innominatus.IdentityService.Sessions;

namespace Innominatus.ServiceTests.Identity;

/// <summary>
/// Single sign-on against a real OpenID Connect provider over HTTP on 127.0.0.1: a second IdentityService (its own
/// database and keys) plays the company's provider. Nothing is faked: discovery, the authorization code with PKCE, the
/// back-channel code exchange and the ID token signature are all real.
/// </summary>
public class OidcLoginTests
{
    [Fact]
    public async Task Authorization_code_login_at_the_company_provider_provisions_the_user_with_team_and_roles_from_claims()
    {
        await using var provider = await CompanyProvider.StartAsync();
        var (issuer, secret, providerAdmin) = (provider.Issuer, provider.Secret, provider.Admin);
        (await providerAdmin.PostAsJsonAsync("/api/teams", new { name = "payments" })).EnsureSuccessStatusCode();
        (await providerAdmin.PostAsJsonAsync("/api/admin/users", new { username = "erin", password = "erins-provider-password", team = "payments", role = "admin" })).EnsureSuccessStatusCode();

        await using var innominatus = new ServiceFactory<identity::Program>(TestInfrastructure.NewDatabaseConnectionString(), new Dictionary<string, string>
        {
            ["OIDC_ENABLED"] = "true",
            ["OIDC_ISSUER"] = issuer,
            ["OIDC_CLIENT_ID"] = "innominatus",
            ["OIDC_CLIENT_SECRET"] = secret,
            ["OIDC_REDIRECT_URL"] = "http://localhost/auth/callback",
            ["Identity:Oidc:TeamsClaim"] = "teams",
        });
        await innominatus.StartAsync();
        var browserAtInnominatus = innominatus.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        using var browserAtProvider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = provider.Address };
        (await browserAtProvider.PostAsJsonAsync("/api/login", new { username = "erin", password = "erins-provider-password" })).EnsureSuccessStatusCode();

        // 1. Innominatus sends the browser to the provider, with PKCE.
        var start = await browserAtInnominatus.GetAsync("/auth/oidc/login?returnUrl=/welcome");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var authorize = start.Headers.Location!;
        Assert.StartsWith(issuer + "connect/authorize", authorize.ToString());
        Assert.Contains("code_challenge_method=S256", authorize.Query);
        // 2. The provider knows erin (her session cookie) and sends her back with a code.
        var answer = await browserAtProvider.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var callback = answer.Headers.Location!;
        Assert.Equal("/auth/callback", callback.AbsolutePath);
        // 3. Innominatus exchanges the code over the back channel, verifies the ID token and provisions erin.
        var done = await browserAtInnominatus.GetAsync(callback.PathAndQuery);

        Assert.True(done.StatusCode == HttpStatusCode.Redirect, $"{(int)done.StatusCode}: {await done.Content.ReadAsStringAsync()}");
        Assert.Equal("/welcome", done.Headers.Location!.ToString());
        var session = done.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("innominatus_session=", StringComparison.Ordinal)).Split(';')[0]["innominatus_session=".Length..];
        using var scope = innominatus.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<SessionStore>().FindUserAsync(session, CancellationToken.None);
        Assert.NotNull(user);
        Assert.Equal("erin", user.Username);
        Assert.Equal("oidc", user.Source);
        Assert.Equal("admin", user.Role);
        Assert.Equal(issuer, user.ExternalIssuer);
        Assert.Equal(["payments"], user.Memberships.Select(m => m.Team.Name));
        Assert.Equal("payments", user.PrimaryTeam);
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Actor == "erin" && e.Action == "login" && e.Outcome == "success"));
    }
}
