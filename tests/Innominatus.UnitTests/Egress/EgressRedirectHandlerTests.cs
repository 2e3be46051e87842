using System.Net;
using System.Net.Http.Headers;
using Innominatus.WorkflowService.Workflows.Egress;

namespace Innominatus.UnitTests.Egress;

public class EgressRedirectHandlerTests
{
    [Fact]
    public async Task A_redirect_under_the_credentials_base_url_keeps_the_request_and_its_headers()
    {
        var sent = new List<HttpRequestMessage>();
        using var client = Client(sent, ("https://vault.example/v1/a", "https://vault.example/v1/b"));

        using var response = await client.SendAsync(Request(HttpMethod.Put, "https://vault.example/v1/a", "https://vault.example/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["https://vault.example/v1/a", "https://vault.example/v1/b"], sent.Select(r => r.RequestUri!.ToString()));
        Assert.Equal(HttpMethod.Put, sent[1].Method);
        Assert.Equal("Bearer t0ken", sent[1].Headers.Authorization?.ToString());
        Assert.Equal("v4ult", sent[1].Headers.GetValues("X-Vault-Token").Single());
    }

    [Fact]
    public async Task A_redirect_out_of_the_credentials_base_url_drops_the_credential_and_the_requests_own_headers()
    {
        var sent = new List<HttpRequestMessage>();
        using var client = Client(sent, ("https://vault.example/v1/a", "https://elsewhere.example/collect"));

        using var response = await client.SendAsync(Request(HttpMethod.Post, "https://vault.example/v1/a", "https://vault.example/"));

        var hop = sent[1];
        Assert.Equal(("https://elsewhere.example/collect", "GET"), (hop.RequestUri!.ToString(), hop.Method.Method));
        Assert.Null(hop.Headers.Authorization);
        Assert.False(hop.Headers.Contains("X-Vault-Token"));
        Assert.Equal("k-1", hop.Headers.GetValues("Idempotency-Key").Single());
    }

    [Fact]
    public async Task Without_a_credential_only_the_first_origin_gets_the_requests_headers_and_redirects_stop_after_five_hops()
    {
        var sent = new List<HttpRequestMessage>();
        var url = (int hop) => $"https://{(hop == 1 ? "b" : "a")}.example/{hop}";
        var loop = Enumerable.Range(0, 8).Select(i => (url(i), url(i + 1))).ToArray();
        using var client = Client(sent, loop);

        using var response = await client.SendAsync(Request(HttpMethod.Get, "https://a.example/0", null));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1 + EgressRedirectHandler.MaxRedirects, sent.Count);
        Assert.False(sent[1].Headers.Contains("X-Vault-Token"));
    }

    private static HttpRequestMessage Request(HttpMethod method, string url, string? credentialBase)
    {
        var request = new HttpRequestMessage(method, url) { Content = method == HttpMethod.Get ? null : new StringContent("{}") };
        request.Headers.TryAddWithoutValidation("X-Vault-Token", "v4ult");
        request.Headers.TryAddWithoutValidation("Idempotency-Key", "k-1");
        if (credentialBase is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "t0ken");
            request.Options.Set(CredentialScope.BaseUrl, new Uri(credentialBase));
        }
        return request;
    }

    private static HttpClient Client(List<HttpRequestMessage> sent, params (string From, string To)[] redirects) =>
        new(new EgressRedirectHandler { InnerHandler = new Redirecting(sent, redirects.ToDictionary(r => r.From, r => r.To)) });

    private sealed class Redirecting(List<HttpRequestMessage> sent, Dictionary<string, string> redirects) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            sent.Add(request);
            var response = new HttpResponseMessage(HttpStatusCode.OK);
            if (redirects.TryGetValue(request.RequestUri!.ToString(), out var to))
            {
                response.StatusCode = request.Method == HttpMethod.Put ? HttpStatusCode.TemporaryRedirect : HttpStatusCode.Found;
                response.Headers.Location = new Uri(to);
            }
            return Task.FromResult(response);
        }
    }
}
