using System.Text;
using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// <c>http</c>: <c>config.method</c>, <c>url</c>, <c>headers</c>, <c>body</c> (JSON or text); a status outside 2xx (or
/// <c>expectStatus</c>) fails the step; <c>config.outputs</c> maps output names to dotted paths in the JSON response.
/// </summary>
public sealed class HttpStepExecutor(IHttpClientFactory clients) : IStepExecutor
{
    public string Type => "http";

    public async Task<StepOutcome> ExecuteAsync(StepRun run, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(run.ConfigString("url"), UriKind.Absolute, out var url))
        {
            return StepOutcome.Failure("config.url must be an absolute URL");
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
        if (run.Config["body"] is { } body)
        {
            request.Content = body is JsonValue text && text.TryGetValue<string>(out var s)
                ? new StringContent(s, Encoding.UTF8, "text/plain")
                : new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        run.Log.Write($"{request.Method} {url}");
        using var response = await clients.CreateClient("workflow-steps").SendAsync(request, cancellationToken);
        var content = await response.Content.ReadAsStringAsync(cancellationToken);
        run.Log.Write($"{(int)response.StatusCode} {response.ReasonPhrase} ({content.Length} bytes)");
        var expected = run.Config["expectStatus"]?.GetValue<int>();
        if (expected is not null ? (int)response.StatusCode != expected : !response.IsSuccessStatusCode)
        {
            return StepOutcome.Failure($"{request.Method} {url} answered {(int)response.StatusCode}: {Truncate(content)}");
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
