using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Innominatus.DemoService.Status;
using Innominatus.ServiceDefaults.Security;

namespace Innominatus.DemoService.Installation;

/// <summary>
/// Calls the WorkflowService directly (service discovery: <c>Demo:WorkflowService</c>, default
/// <c>http://workflow-service</c>) with the admin caller's own signed principal, so the run is started, and read, as
/// that admin: the WorkflowService checks the admin role itself and the run records who asked.
/// </summary>
public sealed class WorkflowServiceClient(HttpClient http)
{
    public const string PlatformRunsPath = "/internal/platform-runs";

    public async Task<PlatformRunAccepted> StartAsync(string kind, JsonObject workflow, string principal, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, PlatformRunsPath)
        {
            Content = JsonContent.Create(new { kind, workflow = workflow.ToJsonString() }),
        };
        using var response = await SendAsync(request, principal, cancellationToken);
        return await response.Content.ReadFromJsonAsync<PlatformRunAccepted>(cancellationToken)
            ?? throw new WorkflowServiceException(502, "The workflow service accepted the run but sent no run id.");
    }

    public const string ReadinessPath = "/internal/platform-readiness";

    /// <summary>Each Deployment or StatefulSet's readiness, read by the WorkflowService with the engine's cluster connection.</summary>
    public async Task<ReadinessAnswer> ReadinessAsync(IReadOnlyList<ReadinessTarget> objects, string principal, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ReadinessPath) { Content = JsonContent.Create(new { objects }) };
        using var response = await SendAsync(request, principal, cancellationToken);
        return await response.Content.ReadFromJsonAsync<ReadinessAnswer>(cancellationToken)
            ?? throw new WorkflowServiceException(502, "The workflow service sent no readiness.");
    }

    /// <summary>Deletes the runs of these kinds (with steps and logs) from the workflow database; 409 while one is going.</summary>
    public async Task<RunsCleared> ClearAsync(IReadOnlyList<string> kinds, string principal, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, PlatformRunsPath + "?" + string.Join("&", kinds.Select(k => $"kind={Uri.EscapeDataString(k)}")));
        using var response = await SendAsync(request, principal, cancellationToken);
        return await response.Content.ReadFromJsonAsync<RunsCleared>(cancellationToken)
            ?? throw new WorkflowServiceException(502, "The workflow service sent no answer to the reset.");
    }

    /// <summary>The newest run of that kind, with its steps; null when there was none.</summary>
    public async Task<RunDetail?> LatestAsync(string kind, string principal, CancellationToken cancellationToken)
    {
        using var list = new HttpRequestMessage(HttpMethod.Get, $"/api/workflows?kind={Uri.EscapeDataString(kind)}&pageSize=1");
        using var listed = await SendAsync(list, principal, cancellationToken);
        var page = await listed.Content.ReadFromJsonAsync<RunPage>(cancellationToken);
        if (page?.Items.FirstOrDefault() is not { } latest)
        {
            return null;
        }
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/api/workflows/{latest.Id}");
        using var detail = await SendAsync(get, principal, cancellationToken);
        return await detail.Content.ReadFromJsonAsync<RunDetail>(cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, string principal, CancellationToken cancellationToken)
    {
        request.Headers.Add(InternalCallerDefaults.HeaderName, principal);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new WorkflowServiceException(503, $"The workflow service cannot be reached: {e.Message}");
        }
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            response.Dispose();
            throw new WorkflowServiceException((int)response.StatusCode, $"The workflow service answered {(int)response.StatusCode}: {body.ReplaceLineEndings(" ")}");
        }
        return response;
    }
}
