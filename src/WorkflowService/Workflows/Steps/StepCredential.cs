using System.Net.Http.Headers;
using System.Text;
using Innominatus.WorkflowService.Workflows.Egress;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>A configured credential and the base URL it may be sent under.</summary>
public sealed record StepCredential(AuthenticationHeaderValue Authorization, Uri BaseUrl)
{
    /// <summary>The <c>Basic</c> header value of a username and password (RFC 7617, UTF-8).</summary>
    public static AuthenticationHeaderValue Basic(string? username, string? password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{password}")));

    /// <summary>Adds the credential to a request, and its base URL for redirects to respect (see <see cref="EgressRedirectHandler"/>).</summary>
    public void Attach(HttpRequestMessage request)
    {
        request.Headers.Authorization = Authorization;
        request.Options.Set(CredentialScope.BaseUrl, BaseUrl);
    }
}
