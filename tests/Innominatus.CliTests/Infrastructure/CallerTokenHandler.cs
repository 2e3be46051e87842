using Innominatus.ServiceDefaults.Security;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.CliTests.Infrastructure;

/// <summary>
/// Stands in for the gateway's authentication: turns the development identity the CLI sends (INNOMINATUS_DEV_IDENTITY →
/// X-Innominatus-User/-Team/-Roles) into the signed caller token the workflow service verifies, exactly as the
/// gateway does once it has authenticated a caller. The gateway's own authentication is tested with the IdentityService
/// in tests/Innominatus.ServiceTests/Identity.
/// </summary>
public sealed class CallerTokenHandler(HttpMessageHandler service) : DelegatingHandler(service)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var user = Take(request, "X-Innominatus-User");
        var team = Take(request, "X-Innominatus-Team");
        var roles = (Take(request, "X-Innominatus-Roles") ?? "user").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (user is not null)
        {
            var caller = new CallerPrincipal(user, user, team, team is null ? [] : [team], roles.ToHashSet(StringComparer.Ordinal));
            request.Headers.Add(InternalCallerDefaults.HeaderName, InternalCallerTokens.For(caller));
        }
        return base.SendAsync(request, cancellationToken);
    }

    private static string? Take(HttpRequestMessage request, string header)
    {
        var value = request.Headers.TryGetValues(header, out var values) ? values.FirstOrDefault() : null;
        request.Headers.Remove(header);
        return value;
    }
}
