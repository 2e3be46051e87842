using System.Text.Json;
using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Gitea;

/// <summary>One answer of Gitea's API, kept with its request so a failure names both.</summary>
public sealed record GiteaResponse(HttpMethod Method, Uri Url, int Status, string Body)
{
    public JsonNode? Json
    {
        get
        {
            try
            {
                return Body.Length == 0 ? null : JsonNode.Parse(Body);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    /// <summary>This answer, or the step's failure when its status is none of <paramref name="statuses"/>.</summary>
    public GiteaResponse Expect(params int[] statuses) => statuses.Contains(Status) ? this : throw Failure();

    public GiteaStepException Failure()
    {
        var reason = Reason();
        return new GiteaStepException($"{Method} {Url} answered {Status}" + (reason.Length > 0 ? ": " + reason : ""));
    }

    /// <summary>Gitea explains errors in <c>message</c>; form validation errors come as a list of such objects.</summary>
    private string Reason()
    {
        IEnumerable<string?> messages = Json switch
        {
            JsonObject error => [error["message"]?.ToString()],
            JsonArray errors => errors.Select(e => (e as JsonObject)?["message"]?.ToString()),
            _ => [],
        };
        var text = string.Join("; ", messages.Where(m => !string.IsNullOrWhiteSpace(m)));
        text = text.Length > 0 ? text : Body.Trim();
        text = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 300 ? text : text[..300] + "…";
    }
}
