using System.Net;
using Innominatus.ServiceTests.Identity;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Web;

/// <summary>
/// TLS ends at the ingress: the sign-in cookie is Secure when the ingress's X-Forwarded-Proto: https reaches the
/// gateway from a trusted proxy (Gateway:ForwardedHeaders), YARP passes the scheme on and the web UI believes the
/// gateway (loopback here, Web:ForwardedHeaders). From any other peer the header changes nothing, unless
/// Web:Cookies:Secure is Always.
/// </summary>
[Collection(IdentityStackCollection.Name)]
public class SecureCookieTests(IdentityStack stack)
{
    private const string TrustedIngress = "127.0.0.1";
    private const string OtherNetwork = "10.244.0.0/16";

    [Theory]
    [InlineData(TrustedIngress, null, true)]
    [InlineData(OtherNetwork, null, false)]
    [InlineData(OtherNetwork, "Always", true)]
    public async Task The_sign_in_cookie_is_secure_when_the_browser_came_over_https(string ingress, string? secureSetting, bool secure)
    {
        var port = ServiceFactory<object>.FreePort();
        var trusted = ingress.Contains('/') ? "Gateway:ForwardedHeaders:KnownNetworks:0" : "Gateway:ForwardedHeaders:KnownProxies:0";
        await using var gateway = stack.NewGateway(new Dictionary<string, string> { [trusted] = ingress }, new Uri($"http://127.0.0.1:{port}"));
        using var started = gateway.StartOnLoopback();
        using var edge = FormBrowser.Client(started.BaseAddress!);
        await using var web = WebReplicas.New(TestInfrastructure.NewDatabaseConnectionString(), edge.BaseAddress!,
            secureSetting is null ? null : new Dictionary<string, string> { ["Web:Cookies:Secure"] = secureSetting });
        using var _ = await web.StartOnLoopbackAsync(port);
        var browser = new FormBrowser(new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https", ["X-Forwarded-For"] = "203.0.113.40" });

        using var signIn = await browser.SignInAsync(edge, edge, "admin", IdentityStack.AdminPassword);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = browser.SetCookie("innominatus_web");
        Assert.NotNull(cookie);
        Assert.Equal(secure, cookie.Split(';').Any(a => a.Trim().Equals("secure", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal("admin", WebReplicas.SignedInUser(web, browser.Cookie("innominatus_web")!));
    }
}
