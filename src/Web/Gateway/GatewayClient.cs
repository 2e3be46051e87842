using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Innominatus.Web.SignIn;
using Microsoft.AspNetCore.Components.Authorization;

namespace Innominatus.Web.Gateway;

/// <summary>
/// The public API, called through the gateway with the signed-in user's session token: the web UI sees exactly what
/// that user may see, because the gateway and the services decide, not the UI.
/// </summary>
public sealed class GatewayClient(IHttpClientFactory clients, AuthenticationStateProvider authentication)
{
    public const string HttpClientName = "gateway";

    /// <summary>The client of the event stream: no request timeout and no retries, since the answer never ends.</summary>
    public const string EventsClientName = "gateway-events";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }

    public async Task<string> GetTextAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    /// <summary>A POST of a Score spec (YAML or JSON text); the answer's body, parsed as <typeparamref name="T"/>.</summary>
    public async Task<T> PostSpecAsync<T>(string path, string spec, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Post, path, new StringContent(spec, Encoding.UTF8, "application/yaml"), cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }

    public async Task PostAsync(string path, object? body = null, CancellationToken cancellationToken = default)
    {
        using var content = body is null ? null : JsonContent.Create(body, options: Json);
        using var _ = await SendAsync(HttpMethod.Post, path, content, cancellationToken);
    }

    /// <summary>A POST of a JSON body; the answer's body, parsed as <typeparamref name="T"/>.</summary>
    public Task<T> PostAsync<T>(string path, object body, CancellationToken cancellationToken = default) =>
        SendJsonAsync<T>(HttpMethod.Post, path, body, cancellationToken);

    /// <summary>A PUT of a JSON body; the answer's body, parsed as <typeparamref name="T"/>.</summary>
    public Task<T> PutAsync<T>(string path, object body, CancellationToken cancellationToken = default) =>
        SendJsonAsync<T>(HttpMethod.Put, path, body, cancellationToken);

    public async Task DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        using var _ = await SendAsync(HttpMethod.Delete, path, null, cancellationToken);
    }

    /// <summary>GET /api/events/stream, answered as soon as its headers arrive; the caller reads the body as it comes.</summary>
    public Task<HttpResponseMessage> OpenEventStreamAsync(CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "/api/events/stream", null, cancellationToken, EventsClientName, HttpCompletionOption.ResponseHeadersRead);

    private async Task<T> SendJsonAsync<T>(HttpMethod method, string path, object body, CancellationToken cancellationToken)
    {
        using var content = JsonContent.Create(body, options: Json);
        using var response = await SendAsync(method, path, content, cancellationToken);
        return (await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken))!;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken,
        string clientName = HttpClientName, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var token = WebSession.Token(state.User) ?? throw new SessionExpiredException();
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var client = clients.CreateClient(clientName);
        var response = await client.SendAsync(request, completion, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                throw new SessionExpiredException();
            }
            var problem = await ProblemOf(response, cancellationToken);
            throw new GatewayException(response.StatusCode, problem?.Title ?? response.ReasonPhrase ?? "Request failed", problem?.Detail ?? ErrorsOf(problem));
        }
    }

    private static async Task<Problem?> ProblemOf(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<Problem>(Json, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A validation problem's field errors, as one line: "parameters.x: message; ...".</summary>
    private static string? ErrorsOf(Problem? problem) =>
        problem?.Errors is { Count: > 0 } errors ? string.Join("; ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))) : null;

    private sealed record Problem(string? Title, string? Detail, Dictionary<string, string[]>? Errors);
}
