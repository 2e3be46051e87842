using System.Net.Http.Headers;
using System.Text;
using k8s;

namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>Raw calls through the client's authenticated HttpClient, for verbs the typed client has no generic form of.</summary>
public static class KubernetesHttp
{
    public static async Task<HttpResponseMessage> SendAsync(IKubernetes client, HttpMethod method, string pathAndQuery, string? body, string? contentType, CancellationToken cancellationToken)
    {
        var kubernetes = (k8s.Kubernetes)client;
        var request = new HttpRequestMessage(method, new Uri(kubernetes.BaseUri, pathAndQuery.TrimStart('/')));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType ?? "application/json");
        }
        // The typed client adds its credentials per request, not in the HttpClient's handlers: do the same.
        if (kubernetes.Credentials is { } credentials)
        {
            await credentials.ProcessHttpRequestAsync(request, cancellationToken);
        }
        return await kubernetes.HttpClient.SendAsync(request, cancellationToken);
    }
}
