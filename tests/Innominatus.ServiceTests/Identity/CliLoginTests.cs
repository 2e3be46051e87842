using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using static Innominatus.ServiceTests.Identity.GatewayCalls;

namespace Innominatus.ServiceTests.Identity;

/// <summary>What the CLI does for <c>login</c> in a browser: authorization code + PKCE through the gateway, with the login page.</summary>
[Collection(IdentityStackCollection.Name)]
public class CliLoginTests(IdentityStack stack)
{
    private const string RedirectUri = "http://127.0.0.1:8082/callback";

    [Fact]
    public async Task The_CLI_gets_an_access_token_with_authorization_code_and_PKCE_after_the_login_page()
    {
        var browser = stack.Gateway.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "innominatus-cli", ["response_type"] = "code", ["scope"] = "openid profile roles",
            ["redirect_uri"] = RedirectUri, ["state"] = "xyz", ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        });

        var toLogin = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        var loginPage = toLogin.Headers.Location!.ToString();
        Assert.StartsWith("/auth/login?returnUrl=", loginPage);
        Assert.Contains("<form", await browser.GetStringAsync(loginPage));
        var returnUrl = QueryHelpers.ParseQuery(new Uri(new Uri("http://x"), loginPage).Query)["returnUrl"].ToString();
        var loggedIn = await browser.PostAsync("/auth/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = "admin", ["password"] = IdentityStack.AdminPassword, ["returnUrl"] = returnUrl,
        }));
        Assert.Equal(HttpStatusCode.Redirect, loggedIn.StatusCode);
        var withCode = await browser.GetAsync(loggedIn.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        var callback = withCode.Headers.Location!;
        Assert.StartsWith(RedirectUri, callback.ToString());
        var query = QueryHelpers.ParseQuery(callback.Query);
        Assert.Equal("xyz", query["state"].ToString());

        var token = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["client_id"] = "innominatus-cli", ["code"] = query["code"].ToString(),
            ["redirect_uri"] = RedirectUri, ["code_verifier"] = verifier,
        }));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
        using var cli = stack.Gateway.CreateClient();
        var profile = await cli.SendAsync(Request(HttpMethod.Get, "/api/profile", accessToken));
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.True((await profile.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isAdmin").GetBoolean());
    }

    [Fact]
    public async Task An_authorization_request_without_PKCE_is_refused()
    {
        var browser = stack.Gateway.CreateClient(new() { AllowAutoRedirect = false });

        var response = await browser.GetAsync(QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "innominatus-cli", ["response_type"] = "code", ["scope"] = "openid", ["redirect_uri"] = RedirectUri, ["state"] = "xyz",
        }));

        var location = response.Headers.Location?.ToString() ?? "";
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest || location.Contains("error=invalid_request", StringComparison.Ordinal),
            $"{(int)response.StatusCode} {location}");
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
