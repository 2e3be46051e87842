using System.Net.Http.Headers;
using Innominatus.WorkflowService.Workflows.Egress;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>A configured credential and the base URL it may be sent under.</summary>
public sealed record StepCredential(AuthenticationHeaderValue Authorization, Uri BaseUrl)
{
    /// <summary>Adds the credential to a request, and its base URL for redirects to respect (see <see cref="EgressRedirectHandler"/>).</summary>
    public void Attach(HttpRequestMessage request)
    {
        request.Headers.Authorization = Authorization;
        request.Options.Set(CredentialScope.BaseUrl, BaseUrl);
    }
}
