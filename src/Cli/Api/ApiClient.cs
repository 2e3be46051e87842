using System.Net.Http.Headers;

namespace Innominatus.Cli.Api;

/// <summary>
/// Calls the gateway and hands back the server's JSON as is. Any non-success answer becomes an
/// <see cref="ApiException"/> with the problem detail; credentials are added below, by <see cref="AuthenticationHandler"/>.
/// </summary>
public sealed class ApiClient(HttpClient http) : IDisposable
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(100);

    public Uri Server => http.BaseAddress!;

    public async Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Get, path, null, cancellationToken) ?? throw new CliException($"the server sent an empty answer to GET {path}");

    public Task<JsonElement?> PostAsync(string path, object? body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, path, body is null ? null : JsonContent(body), cancellationToken);

    public Task<JsonElement?> PutAsync(string path, object body, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, path, JsonContent(body), cancellationToken);

    public Task<JsonElement?> DeleteAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, path, null, cancellationToken);

    public async Task<JsonElement?> SendAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken, string? bearer = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Accept.ParseAdd("application/json");
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return Parse(method, path, await ExchangeAsync(request, path, cancellationToken));
    }

    /// <summary>A GET whose answer is a document to keep as sent (a graph export: SVG, DOT, Mermaid or JSON).</summary>
    public async Task<string> GetTextAsync(string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await ExchangeAsync(request, path, cancellationToken);
    }

    /// <summary>Sends within the request timeout and returns the body; an error answer becomes its problem's sentence.</summary>
    private async Task<string> ExchangeAsync(HttpRequestMessage request, string path, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                var (message, problem) = ProblemText.From(response.StatusCode, body);
                throw new ApiException(response.StatusCode, message, problem);
            }
            return body;
        }
        catch (HttpRequestException e)
        {
            throw new CliException($"cannot reach {Server}: {e.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CliException($"{Server} did not answer {request.Method} /{path} within {RequestTimeout.TotalSeconds:0} s");
        }
    }

    /// <summary>A long-lived response read as it arrives (server-sent events).</summary>
    public async Task<HttpResponseMessage> OpenStreamAsync(string path, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/event-stream");
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var (message, problem) = ProblemText.From(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
            response.Dispose();
            throw new ApiException(response.StatusCode, message, problem);
        }
        return response;
    }

    public static HttpContent JsonContent(object body) =>
        new StringContent(JsonSerializer.Serialize(body, JsonOptions.Web), System.Text.Encoding.UTF8, "application/json");

    private JsonElement? Parse(HttpMethod method, string path, string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new CliException($"{Server} answered {method} /{path} with something other than JSON: is --server the Innominatus gateway?");
        }
    }

    public void Dispose() => http.Dispose();
}
