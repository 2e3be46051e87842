using System.Text;
using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Egress;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// <c>http</c>: <c>config.method</c>, <c>url</c>, <c>headers</c>, <c>body</c> (JSON or text); a status outside 2xx (or
/// outside <c>acceptStatus</c>) fails the step; <c>config.outputs</c> maps output names to paths in the JSON response;
/// <c>credentials: NAME</c> adds the engine's configured credential (see <see cref="StepCredentials"/>), and in a
/// platform run <c>credentialsSecret</c> one read from a Kubernetes Secret, masked in the log and the error (see
/// <see cref="StepCredentialResolver"/>).
/// </summary>
public sealed class HttpStepExecutor(IHttpClientFactory clients, StepCredentialResolver credentials) : IStepExecutor
{
    public string Type => "http";

    public async Task<StepOutcome> ExecuteAsync(StepRun run, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(run.ConfigString("url"), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            return StepOutcome.Failure("config.url must be an absolute http(s) URL");
        }
        using var request = new HttpRequestMessage(new HttpMethod(run.ConfigString("method") ?? "GET"), url);
        if (run.Config["headers"] is JsonObject headers)
        {
            foreach (var (name, value) in headers)
            {
                request.Headers.TryAddWithoutValidation(name, value?.ToString());
            }
        }
        request.Headers.TryAddWithoutValidation("Idempotency-Key", run.IdempotencyKey);
        var resolved = await credentials.ResolveAsync(run, url, cancellationToken);
        if (resolved.Error is { } credentialError)
        {
            return StepOutcome.Failure(credentialError);
        }
        resolved.Credential?.Attach(request);
        if (run.Config["body"] is { } body)
        {
            request.Content = body is JsonValue text && text.TryGetValue<string>(out var s)
                ? new StringContent(s, Encoding.UTF8, "text/plain")
                : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        run.Log.Write($"{request.Method} {url}");
        HttpResponseMessage sent;
        try
        {
            sent = await clients.CreateClient(StepHttp.ClientFor(run)).SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e) when (EgressRefusedException.Find(e) is { } refused)
        {
            return StepOutcome.Failure(refused.Message);
        }
        using var response = sent;
        var content = await response.Content.ReadAsStringAsync(cancellationToken);
        run.Log.Write($"{(int)response.StatusCode} {response.ReasonPhrase} ({content.Length} bytes)");
        var accepted = run.Config["acceptStatus"] switch
        {
            JsonArray codes => codes.Select(c => c!.GetValue<int>()).ToHashSet(),
            JsonValue code => [code.GetValue<int>()],
            _ => null,
        };
        if (accepted is not null ? !accepted.Contains((int)response.StatusCode) : !response.IsSuccessStatusCode)
        {
            // An API may quote what it was sent; a password read from a Secret is not among the run's known secrets.
            return StepOutcome.Failure(resolved.Secrets.Mask($"{request.Method} {url} answered {(int)response.StatusCode}: {Truncate(content)}"));
        }
        return StepOutcome.Success(MapOutputs(run.Config["outputs"] as JsonObject, content));
    }

    private static JsonObject MapOutputs(JsonObject? mapping, string content)
    {
        var outputs = new JsonObject { ["status"] = "ok" };
        if (mapping is null)
        {
            return outputs;
        }
        JsonNode? json;
        try
        {
            json = JsonNode.Parse(content);
        }
        catch (System.Text.Json.JsonException)
        {
            json = null;
        }
        foreach (var (name, path) in mapping)
        {
            JsonNode? node = json;
            foreach (var part in (path?.ToString() ?? "").TrimStart('$', '.').Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                node = node is JsonObject obj ? obj[part] : node is JsonArray array && int.TryParse(part, out var i) && i < array.Count ? array[i] : null;
            }
            outputs[name] = node?.DeepClone();
        }
        return outputs;
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
