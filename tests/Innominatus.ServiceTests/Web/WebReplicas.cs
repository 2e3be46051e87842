extern alias web;
using Innominatus.ServiceTests.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Innominatus.ServiceTests.Web;

/// <summary>Web UI hosts on real HTTP at 127.0.0.1, calling the API through the gateway at <c>Web:Gateway</c>.</summary>
public static class WebReplicas
{
    public static ServiceFactory<web::Program> New(string database, Uri gateway, IReadOnlyDictionary<string, string>? settings = null) =>
        new(database, new Dictionary<string, string> { ["Web:Gateway"] = gateway.ToString().TrimEnd('/') }
            .Concat(settings ?? new Dictionary<string, string>()).ToDictionary());

    /// <summary>
    /// The user <paramref name="cookie"/> signs in, as the running replica <paramref name="web"/> reads it (its own
    /// cookie handler and key ring), or null when it cannot open it. The pages render only over the interactive
    /// circuit (no prerendering), so a plain GET would not show who is signed in.
    /// </summary>
    public static string? SignedInUser(ServiceFactory<web::Program> web, string cookie)
    {
        var options = web.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        return options.TicketDataFormat.Unprotect(cookie)?.Principal.Identity?.Name;
    }
}
