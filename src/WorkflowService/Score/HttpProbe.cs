namespace Innominatus.WorkflowService.Score;

/// <summary>An HTTP GET health check; Scheme is HTTP or HTTPS (HTTP when not given).</summary>
public sealed record HttpProbe(int Port, string Path, string? Host, string? Scheme, IReadOnlyList<HttpHeader> HttpHeaders);
