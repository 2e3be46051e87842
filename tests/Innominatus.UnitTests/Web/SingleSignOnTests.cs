extern alias web;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;
using web::Innominatus.Web.SingleSignOn;

namespace Innominatus.UnitTests.Web;

/// <summary>
/// The web UI's single sign-on sends browsers to the public address and talks to the IdentityService through the
/// gateway's internal one; its session lasts as long as the access token.
/// </summary>
public class SingleSignOnTests
{
    private static readonly Uri Gateway = new("http://gateway");

    [Fact]
    public void The_browser_goes_to_the_public_address_and_the_server_to_the_internal_one()
    {
        var endpoints = IdentityEndpoints.From(new SingleSignOnOptions { RedirectUri = "https://idp.example.com/signin-oidc" }, "https://idp.example.com/", Gateway);

        Assert.Equal("https://idp.example.com/", endpoints.Issuer);
        Assert.Equal("https://idp.example.com/connect/authorize", endpoints.AuthorizationEndpoint.ToString());
        Assert.Equal("http://gateway/connect/token", endpoints.TokenEndpoint.ToString());
        Assert.Equal("http://gateway/.well-known/jwks", endpoints.JwksUri.ToString());
    }

    [Fact]
    public void Without_a_redirect_uri_the_callback_is_at_the_issuer()
    {
        var endpoints = IdentityEndpoints.From(new SingleSignOnOptions(), "http://localhost:8081/", Gateway);

        Assert.Equal("http://localhost:8081/signin-oidc", endpoints.RedirectUri.ToString());
        Assert.Equal("http://localhost:8081/connect/authorize", endpoints.AuthorizationEndpoint.ToString());
    }

    [Fact]
    public void The_web_settings_issuer_wins_over_the_identity_issuer()
    {
        var endpoints = IdentityEndpoints.From(new SingleSignOnOptions { Issuer = "https://login.example.com/" }, "http://localhost:8081/", Gateway);

        Assert.Equal("https://login.example.com/", endpoints.Issuer);
    }

    [Theory]
    [InlineData("/signin-oidc")]
    [InlineData("https://idp.example.com/callback")]
    [InlineData("ftp://idp.example.com/signin-oidc")]
    public void A_redirect_uri_that_is_relative_or_not_the_callback_is_refused(string redirect)
    {
        var error = Assert.Throws<InvalidOperationException>(() => IdentityEndpoints.From(new SingleSignOnOptions { RedirectUri = redirect }, "https://idp.example.com/", Gateway));

        Assert.Contains("Web:SingleSignOn:RedirectUri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_any_issuer_the_setting_is_named()
    {
        var error = Assert.Throws<InvalidOperationException>(() => IdentityEndpoints.From(new SingleSignOnOptions(), null, Gateway));

        Assert.Contains("Identity:Issuer", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("300", 300)]
    [InlineData(null, 900)]
    [InlineData("0", 900)]
    [InlineData("-5", 900)]
    [InlineData("soon", 900)]
    public void The_session_ends_with_the_access_token(string? expiresIn, int seconds)
    {
        var now = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(now.AddSeconds(seconds), SingleSignOnEvents.ExpiresAt(expiresIn, now));
    }

    [Fact]
    public async Task The_configuration_has_the_explicit_endpoints_and_the_signing_keys_of_the_jwks()
    {
        var endpoints = IdentityEndpoints.From(new SingleSignOnOptions(), "http://localhost:8081/", Gateway);
        using var rsa = RSA.Create(2048);
        var key = rsa.ExportParameters(false);
        var jwks = $$"""{"keys":[{"kty":"RSA","use":"sig","kid":"k1","alg":"RS256","e":"{{Base64UrlEncoder.Encode(key.Exponent)}}","n":"{{Base64UrlEncoder.Encode(key.Modulus)}}"}]}""";
        var retriever = new IdentityConfigurationRetriever(endpoints);

        var configuration = await retriever.GetConfigurationAsync(endpoints.JwksUri.ToString(), new FixedDocument(endpoints.JwksUri.ToString(), jwks), CancellationToken.None);

        Assert.Equal("http://localhost:8081/", configuration.Issuer);
        Assert.Equal("http://localhost:8081/connect/authorize", configuration.AuthorizationEndpoint);
        Assert.Equal("http://gateway/connect/token", configuration.TokenEndpoint);
        Assert.Equal("k1", Assert.Single(configuration.SigningKeys).KeyId);
    }

    /// <summary>The JWKS document, at its one address only.</summary>
    private sealed class FixedDocument(string address, string document) : IDocumentRetriever
    {
        public Task<string> GetDocumentAsync(string requested, CancellationToken cancel) =>
            requested == address ? Task.FromResult(document) : throw new InvalidOperationException($"Unexpected address {requested}");
    }
}
