using System.Net;

namespace Innominatus.Cli.Api;

/// <summary>The server refused a request; the message is its problem detail in one line (title: detail).</summary>
public sealed class ApiException(HttpStatusCode status, string message, JsonElement? problem = null)
    : CliException(message, ExitCodeFor(status))
{
    public HttpStatusCode Status { get; } = status;

    /// <summary>The problem document, when the server sent one (validation errors live in its extensions).</summary>
    public JsonElement? Problem { get; } = problem;

    public static int ExitCodeFor(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => ExitCodes.Unauthorised,
        HttpStatusCode.NotFound => ExitCodes.NotFound,
        _ => ExitCodes.Failed,
    };
}
