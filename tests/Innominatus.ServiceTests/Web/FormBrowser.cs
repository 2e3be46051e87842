using System.Net;
using System.Text.RegularExpressions;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Web;

/// <summary>
/// A browser without JavaScript for the web UI's sign-in form: it keeps cookies itself (so a Secure one is still
/// sent over the tests' plain HTTP, and every Set-Cookie can be inspected), sends the antiforgery token the page
/// renders, and adds <paramref name="headers"/> (X-Forwarded-*, as an ingress would) to every request.
/// </summary>
public sealed partial class FormBrowser(IReadOnlyDictionary<string, string>? headers = null)
{
    private readonly Dictionary<string, string> cookies = [];

    /// <summary>Every Set-Cookie header received, in order.</summary>
    public List<string> SetCookies { get; } = [];

    public static HttpClient Client(Uri address) =>
        new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = address };

    /// <summary>Starts <paramref name="web"/> on loopback; a client for this browser to it.</summary>
    public static async Task<HttpClient> StartAsync<TProgram>(ServiceFactory<TProgram> web) where TProgram : class
    {
        using var started = await web.StartOnLoopbackAsync();
        return Client(started.BaseAddress!);
    }

    public string? SetCookie(string name) => SetCookies.LastOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal));

    public async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }
        var response = await client.SendAsync(request);
        foreach (var header in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            SetCookies.Add(header);
            var pair = header.Split(';')[0].Split('=', 2);
            cookies[pair[0]] = pair[1];
        }
        return response;
    }

    /// <summary>Opens the sign-in page on <paramref name="page"/> and posts the form to <paramref name="post"/> (another replica, say).</summary>
    public async Task<HttpResponseMessage> SignInAsync(HttpClient page, HttpClient post, string username, string password)
    {
        using var form = await SendAsync(page, new HttpRequestMessage(HttpMethod.Get, "/signin"));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var token = AntiforgeryField().Match(await form.Content.ReadAsStringAsync());
        Assert.True(token.Success, "the sign-in page renders no antiforgery token");
        return await SendAsync(post, new HttpRequestMessage(HttpMethod.Post, "/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
                ["Username"] = username,
                ["Password"] = password,
                ["ReturnUrl"] = "/",
            }),
        });
    }

    /// <summary>The value of the last <paramref name="name"/> cookie received.</summary>
    public string? Cookie(string name) => SetCookie(name)?.Split(';')[0][(name.Length + 1)..];

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
