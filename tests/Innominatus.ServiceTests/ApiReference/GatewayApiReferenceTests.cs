using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Innominatus.ServiceTests.Identity;
using Microsoft.OpenApi;

namespace Innominatus.ServiceTests.ApiReference;

/// <summary>The API reference as a reader without credentials sees it through the gateway: documents and page.</summary>
[Collection(IdentityStackCollection.Name)]
public partial class GatewayApiReferenceTests(IdentityStack stack)
{
    [Theory]
    [InlineData("workflow", "/api/applications", "get", "Lists the caller's team's applications")]
    [InlineData("workflow", "/api/applications", "post", "Creates or updates an application from a Score spec")]
    [InlineData("workflow", "/api/graph/{app}", "get", "An application as a graph")]
    [InlineData("workflow", "/api/workflows/{id}", "get", null)]
    [InlineData("identity", "/api/teams", "get", "The caller's teams; every team for admins.")]
    [InlineData("identity", "/api/login", "post", "Checks a username and password and starts a session")]
    [InlineData("identity", "/api/profile/api-keys", "post", null)]
    public async Task Each_document_is_public_parses_as_openapi_and_lists_the_services_routes_with_their_summaries(string document, string path, string method, string? summary)
    {
        var (text, parsed) = await FetchAsync(document);

        var operation = Assert.Contains(method, OperationsOf(parsed, path));
        Assert.False(string.IsNullOrWhiteSpace(operation.Summary), $"{method} {path} has no summary");
        if (summary is not null)
        {
            Assert.StartsWith(summary, operation.Summary);
        }
        Assert.Equal("v1", parsed.Info.Version);
        Assert.StartsWith("3.1.", JsonDocument.Parse(text).RootElement.GetProperty("openapi").GetString());
    }

    [Theory]
    [InlineData("workflow", "Innominatus workflow API")]
    [InlineData("identity", "Innominatus identity API")]
    [InlineData("demo", "Innominatus demo API")]
    public async Task Every_document_has_its_title_the_gateways_credentials_and_a_summary_and_name_on_every_operation(string document, string title)
    {
        var (_, parsed) = await FetchAsync(document);

        Assert.Equal(title, parsed.Info.Title);
        var schemes = parsed.Components!.SecuritySchemes!;
        Assert.Equal(SecuritySchemeType.ApiKey, schemes["ApiKey"].Type);
        Assert.Equal("X-API-Key", schemes["ApiKey"].Name);
        Assert.Equal("bearer", schemes["Bearer"].Scheme);
        Assert.Equal("innominatus_session", schemes["SessionCookie"].Name);
        Assert.Equal("/", Assert.Single(parsed.Servers!).Url);
        foreach (var (path, item) in parsed.Paths)
        {
            foreach (var (method, operation) in item.Operations!)
            {
                Assert.False(string.IsNullOrWhiteSpace(operation.Summary), $"{method} {path} has no summary");
                Assert.False(string.IsNullOrWhiteSpace(operation.OperationId), $"{method} {path} has no name");
            }
        }
    }

    [Fact]
    public async Task Operations_that_need_a_caller_name_the_credentials_and_login_names_none()
    {
        var (_, workflow) = await FetchAsync("workflow");
        var (_, identity) = await FetchAsync("identity");

        var list = OperationsOf(workflow, "/api/applications")["get"];
        var login = OperationsOf(identity, "/api/login")["post"];

        Assert.Equal(["ApiKey", "Bearer", "SessionCookie"], list.Security!.SelectMany(r => r.Keys).Select(s => s.Reference.Id).Order().ToList());
        Assert.True(login.Security is null or { Count: 0 });
    }

    [Theory]
    [InlineData("workflow")]
    [InlineData("identity")]
    [InlineData("demo")]
    public async Task No_document_holds_a_secret_or_an_internal_address(string document)
    {
        var (text, _) = await FetchAsync(document);

        foreach (var secret in new[] { IdentityStack.AdminPassword, stack.Database, stack.Identity.Address!.Authority, stack.Workflow.Address!.Authority, stack.Demo.Address!.Authority, "-----BEGIN", "Password=", "Host=", "inns_" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }
        foreach (var value in Infrastructure.InternalCallerTokens.Settings.Values.Concat(Infrastructure.InternalCallerTokens.GatewaySettings.Values))
        {
            Assert.DoesNotContain(value, text, StringComparison.Ordinal);
        }
        // The internal credential check and the OpenID Connect plumbing are not part of the public API.
        Assert.DoesNotContain("/internal/", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"/connect/", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reference_page_is_public_html_listing_the_three_documents_and_its_scripts_are_served_locally()
    {
        using var gateway = stack.Gateway.CreateClient();

        var page = await gateway.GetAsync("/api-reference");
        var html = await page.Content.ReadAsStringAsync();

        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{(int)page.StatusCode}: {html}");
        Assert.Equal("/api-reference/", page.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        // The page's script resolves each relative source against the origin, with the page's path taken off.
        var sources = DocumentSources().Matches(html).Select(m => m.Groups["url"].Value).ToList();
        Assert.Equal(["openapi/workflow.json", "openapi/identity.json", "openapi/demo.json"], sources);
        foreach (var source in sources)
        {
            var document = await gateway.GetAsync("/" + source);
            Assert.True(document.StatusCode == HttpStatusCode.OK, $"{source}: {(int)document.StatusCode}");
        }
        var scripts = ScriptSources().Matches(html).Select(m => m.Groups["src"].Value).ToList();
        Assert.Equal(["scalar.js", "scalar.aspnetcore.js"], scripts);
        foreach (var script in scripts)
        {
            var asset = await gateway.GetAsync(new Uri(page.RequestMessage.RequestUri, script));
            Assert.True(asset.StatusCode == HttpStatusCode.OK, $"{script}: {(int)asset.StatusCode}");
            Assert.Contains("javascript", asset.Content.Headers.ContentType?.MediaType);
            Assert.Contains("createApiReference", await asset.Content.ReadAsStringAsync());
        }
        Assert.DoesNotContain("cdn.jsdelivr.net", html, StringComparison.OrdinalIgnoreCase);
        // What would call out of the gateway: web fonts, telemetry, the AI agent, the toolbar's scalar.com links.
        foreach (var off in new[] { "\"withDefaultFonts\":false", "\"telemetry\":false", "\"agent\":{\"disabled\":true}", "\"showDeveloperTools\":\"never\"" })
        {
            Assert.Contains(off, html, StringComparison.Ordinal);
        }
        // The security headers stay, and none of them stops the page's own scripts.
        var policy = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.DoesNotContain("script-src", policy);
        Assert.DoesNotContain("default-src", policy);
    }

    [Theory]
    [InlineData("/swagger")]
    [InlineData("/swagger-user")]
    [InlineData("/swagger-admin")]
    public async Task The_swagger_addresses_of_the_go_original_redirect_to_the_reference_page(string path)
    {
        using var gateway = stack.Gateway.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await gateway.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/api-reference/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_document_is_a_404_problem()
    {
        using var gateway = stack.Gateway.CreateClient();

        var response = await gateway.GetAsync("/openapi/secrets.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_document_whose_service_is_down_is_a_502_problem()
    {
        await using var gateway = new Gateway.GatewayFactory();
        using var client = gateway.CreateClient();

        var response = await client.GetAsync("/openapi/workflow.json");

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<(string Text, OpenApiDocument Parsed)> FetchAsync(string document)
    {
        using var gateway = stack.Gateway.CreateClient();
        var response = await gateway.GetAsync($"/openapi/{document}.json");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{document}: {(int)response.StatusCode} {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var result = OpenApiDocument.Parse(text, OpenApiConstants.Json);
        Assert.True(result.Diagnostic is null || result.Diagnostic.Errors.Count == 0,
            $"{document} is not valid OpenAPI: {string.Join("; ", result.Diagnostic?.Errors.Select(e => e.ToString()) ?? [])}");
        return (text, result.Document!);
    }

    private static Dictionary<string, OpenApiOperation> OperationsOf(OpenApiDocument document, string path)
    {
        Assert.True(document.Paths.TryGetValue(path, out var item), $"{path} is not in {document.Info.Title}: {string.Join(", ", document.Paths.Keys)}");
        return item!.Operations!.ToDictionary(o => o.Key.Method.ToLowerInvariant(), o => o.Value);
    }

    [GeneratedRegex("\"url\":\"(?<url>[^\"]+)\"")]
    private static partial Regex DocumentSources();

    [GeneratedRegex("<script[^>]*\\bsrc=\"(?<src>[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSources();
}
