using System.Net;

namespace Innominatus.Web.Gateway;

/// <summary>An RFC 9457 problem the API answered with: its title and detail are shown to the user.</summary>
public sealed class GatewayException(HttpStatusCode status, string title, string? detail) : Exception(detail is null ? title : $"{title}: {detail}")
{
    public HttpStatusCode Status { get; } = status;

    public string Title { get; } = title;

    public string? Detail { get; } = detail;
}
