using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Egress;
using Innominatus.WorkflowService.Workflows.Steps;

namespace Innominatus.WorkflowService.Workflows.Gitea;

/// <summary>Calls of one step attempt to Gitea's REST API (<c>/api/v1</c>), with the step's credential and idempotency key.</summary>
public sealed class GiteaApi(HttpClient http, Uri baseUrl, StepCredential? credential, string idempotencyKey)
{
    /// <summary><paramref name="path"/> is relative to <c>/api/v1/</c> and already escaped (see <see cref="Escape"/>).</summary>
    public async Task<GiteaResponse> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        var url = new Uri(baseUrl.AbsoluteUri.TrimEnd('/') + "/api/v1/" + path);
        // Names are escaped, but a segment of dots could still climb out of the base URL the credential is bound to.
        if (credential is not null && !CredentialScope.Covers(credential.BaseUrl, url))
        {
            throw new GiteaStepException($"{url.GetLeftPart(UriPartial.Path)} is refused: a credential is sent only to URLs under its base URL {credential.BaseUrl}");
        }
        using var request = new HttpRequestMessage(method, url);
        credential?.Attach(request);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return new GiteaResponse(method, url, (int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (HttpRequestException e) when (EgressRefusedException.Find(e) is { } refused)
        {
            throw new GiteaStepException(refused.Message);
        }
        catch (HttpRequestException e)
        {
            throw new GiteaStepException($"cannot reach Gitea at {baseUrl}: {e.Message}");
        }
    }

    /// <summary>Escapes each segment of a name or file path but keeps its slashes, as Gitea's routes expect.</summary>
    public static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
