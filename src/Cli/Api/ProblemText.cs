using System.Net;

namespace Innominatus.Cli.Api;

/// <summary>Turns an error response (RFC 9457 problem details, or anything else) into one line: "title: detail".</summary>
public static class ProblemText
{
    public static (string Message, JsonElement? Problem) From(HttpStatusCode status, string body)
    {
        JsonElement? problem = null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                problem = document.RootElement.Clone();
            }
        }
        catch (JsonException)
        {
        }
        var title = problem?.StrOrNull("title") ?? Reason(status);
        var detail = problem?.StrOrNull("detail") ?? ValidationErrors(problem) ?? (problem is null && body.Length is > 0 and < 300 ? body.Trim() : null);
        if (status == HttpStatusCode.Unauthorized && detail is null)
        {
            detail = "log in with 'innominatus-ctl login' or set IDP_API_KEY";
        }
        return (detail is null ? title : $"{title}: {detail}", problem);
    }

    /// <summary>ASP.NET Core validation problems carry errors as { "field": ["message"] } and no detail.</summary>
    private static string? ValidationErrors(JsonElement? problem) =>
        problem?.Get("errors") is { ValueKind: JsonValueKind.Object } errors
            ? string.Join("; ", errors.EnumerateObject().SelectMany(f => f.Value.Items().Select(m => $"{f.Name}: {m.GetString()}")))
            : null;

    private static string Reason(HttpStatusCode status) => $"{(int)status} {status switch
    {
        HttpStatusCode.NotFound => "Not Found",
        HttpStatusCode.Unauthorized => "Unauthorized",
        HttpStatusCode.Forbidden => "Forbidden",
        HttpStatusCode.BadGateway => "Bad Gateway",
        HttpStatusCode.ServiceUnavailable => "Service Unavailable",
        HttpStatusCode.GatewayTimeout => "Gateway Timeout",
        _ => status.ToString(),
    }}";
}
