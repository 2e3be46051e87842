using System.Net;

namespace Innominatus.WorkflowService.Workflows.Egress;

/// <summary>
/// Follows redirects for the step HttpClients (automatic redirects are off): every hop connects through
/// <see cref="EgressConnector"/> again, and a hop that leaves the credential's base URL (or, without a credential, the
/// first request's origin) carries none of the request's own headers: no <c>Authorization</c>, no custom token header.
/// </summary>
public sealed class EgressRedirectHandler : DelegatingHandler
{
    public const int MaxRedirects = 5;

    private static readonly HashSet<string> NeutralHeaders = new(StringComparer.OrdinalIgnoreCase) { "Accept", "Accept-Language", "User-Agent", "Idempotency-Key" };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var first = request;
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        for (var hop = 0; hop < MaxRedirects && Target(request, response) is { } target; hop++)
        {
            var keepsHeaders = first.Options.TryGetValue(CredentialScope.BaseUrl, out var baseUrl)
                ? CredentialScope.Covers(baseUrl, target)
                : CredentialScope.SameOrigin(first.RequestUri!, target);
            var next = Next(request, response.StatusCode, target, body, keepsHeaders);
            response.Dispose();
            if (!ReferenceEquals(request, first))
            {
                request.Dispose();
            }
            request = next;
            response = await base.SendAsync(request, cancellationToken);
        }
        return response;
    }

    private static Uri? Target(HttpRequestMessage request, HttpResponseMessage response) =>
        (int)response.StatusCode is 301 or 302 or 303 or 307 or 308
        && response.Headers.Location is { } location
        && new Uri(request.RequestUri!, location) is { Scheme: "http" or "https" } target
            ? target
            : null;

    private static HttpRequestMessage Next(HttpRequestMessage request, HttpStatusCode status, Uri target, byte[]? body, bool keepsHeaders)
    {
        // As browsers do: 307 and 308 repeat the request, the others turn a POST (and 303 anything) into a GET.
        var repeat = status is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect
            || (status != HttpStatusCode.SeeOther && request.Method != HttpMethod.Post);
        var next = new HttpRequestMessage(repeat ? request.Method : HttpMethod.Get, target);
        foreach (var (name, values) in request.Headers.Where(h => keepsHeaders || NeutralHeaders.Contains(h.Key)))
        {
            next.Headers.TryAddWithoutValidation(name, values);
        }
        if (repeat && body is not null && request.Content is not null)
        {
            next.Content = new ByteArrayContent(body);
            foreach (var (name, values) in request.Content.Headers)
            {
                next.Content.Headers.TryAddWithoutValidation(name, values);
            }
        }
        foreach (var (key, value) in request.Options)
        {
            ((IDictionary<string, object?>)next.Options)[key] = value;
        }
        return next;
    }
}
