using System.Collections.Concurrent;
using System.Net;

namespace Innominatus.CliTests.Infrastructure;

/// <summary>
/// Stands in for the network under the CLI's authentication handler: records every request the CLI sends and
/// answers from a table of routes. Used for what the services of this branch do not offer yet (the identity
/// routes: /api/login, /api/profile); everything else is tested against the real system.
/// </summary>
public sealed class RecordingTransport(Func<HttpRequestMessage, string, (HttpStatusCode Status, string Body)> answer) : HttpMessageHandler
{
    public ConcurrentQueue<(HttpRequestMessage Request, string Body)> Requests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue((request, body));
        var (status, text) = answer(request, body);
        return new HttpResponseMessage(status) { Content = new StringContent(text, System.Text.Encoding.UTF8, "application/json") };
    }
}
