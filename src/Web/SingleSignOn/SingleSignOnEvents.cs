using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Innominatus.Web.Gateway;
using Innominatus.Web.Gateway.Models;
using Innominatus.Web.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Innominatus.Web.SingleSignOn;

/// <summary>
/// Sends the browser back to the registered public callback, and turns a redeemed code into the web UI's session:
/// the access token, and the user's name, team and roles as GET /api/profile answers them for that token.
/// </summary>
public sealed partial class SingleSignOnEvents(IdentityEndpoints endpoints) : OpenIdConnectEvents
{
    public override Task RedirectToIdentityProvider(RedirectContext context)
    {
        // The web server sees the gateway's internal request, not the address the browser used.
        context.ProtocolMessage.RedirectUri = endpoints.RedirectUri.ToString();
        return Task.CompletedTask;
    }

    public override async Task TokenValidated(TokenValidatedContext context)
    {
        var accessToken = context.TokenEndpointResponse?.AccessToken;
        if (string.IsNullOrEmpty(accessToken))
        {
            context.Fail("The identity service sent no access token.");
            return;
        }
        using var gateway = context.HttpContext.RequestServices.GetRequiredService<IHttpClientFactory>().CreateClient(GatewayClient.HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/profile");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await gateway.SendAsync(request, context.HttpContext.RequestAborted);
        if (!response.IsSuccessStatusCode)
        {
            context.Fail($"The profile of the signed-in user could not be read ({(int)response.StatusCode}).");
            return;
        }
        var profile = (await response.Content.ReadFromJsonAsync<ProfileView>(context.HttpContext.RequestAborted))!;
        context.Principal = WebSession.Principal(profile.Username, accessToken, profile.Team, profile.Roles);
        context.Properties!.IsPersistent = false;
        context.Properties.ExpiresUtc = ExpiresAt(context.TokenEndpointResponse!.ExpiresIn, TimeProvider.System.GetUtcNow());
    }

    public override Task RemoteFailure(RemoteFailureContext context)
    {
        LogFailed(context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<SingleSignOnEvents>(), context.Failure?.Message);
        context.Response.Redirect("/signin?error=sso");
        context.HandleResponse();
        return Task.CompletedTask;
    }

    /// <summary>The session ends with the access token; without expires_in, after the IdentityService's default 15 minutes.</summary>
    public static DateTimeOffset ExpiresAt(string? expiresIn, DateTimeOffset now) =>
        now.AddSeconds(int.TryParse(expiresIn, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? seconds : 900);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Single sign-on failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string? reason);
}
