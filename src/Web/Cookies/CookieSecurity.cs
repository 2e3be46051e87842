using Innominatus.ServiceDefaults.Forwarding;
using Microsoft.AspNetCore.HttpOverrides;

namespace Innominatus.Web.Cookies;

/// <summary>
/// When the sign-in cookie is Secure. TLS ends at the ingress, so the request only looks like HTTPS when the
/// gateway's <c>X-Forwarded-Proto</c> is believed (<c>Web:ForwardedHeaders</c>, loopback peers when unset), or
/// always with <c>Web:Cookies:Secure</c> = Always.
/// </summary>
public static class CookieSecurity
{
    public const string Setting = "Web:Cookies:Secure";

    public static CookieSecurePolicy AddCookieSecurity(this IHostApplicationBuilder builder)
    {
        builder.AddTrustedForwardedHeaders("Web:ForwardedHeaders",
            ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedProto, "127.0.0.0/8", "::1/128");
        var policy = Policy(builder.Configuration[Setting]);
        // The antiforgery cookie follows the request's scheme only: with Always it would refuse every plain-HTTP
        // request (a probe, a port-forward), and it carries no credential.
        builder.Services.AddAntiforgery(antiforgery => antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return policy;
    }

    public static CookieSecurePolicy Policy(string? value) => value switch
    {
        null or "" => CookieSecurePolicy.SameAsRequest,
        _ when value.Equals(nameof(CookieSecurePolicy.SameAsRequest), StringComparison.OrdinalIgnoreCase) => CookieSecurePolicy.SameAsRequest,
        _ when value.Equals(nameof(CookieSecurePolicy.Always), StringComparison.OrdinalIgnoreCase) => CookieSecurePolicy.Always,
        _ => throw new InvalidOperationException(
            $"{Setting} is '{value}': use Always (browsers reach Innominatus over HTTPS only) or SameAsRequest (the default: Secure when the request came over HTTPS as the trusted gateway forwarded it)."),
    };
}
