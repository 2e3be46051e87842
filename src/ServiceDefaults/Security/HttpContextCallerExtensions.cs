using Microsoft.AspNetCore.Http;

namespace Innominatus.ServiceDefaults.Security;

public static class HttpContextCallerExtensions
{
    /// <summary>The verified caller, or null when the request carried no valid internal token.</summary>
    public static CallerPrincipal? GetCaller(this HttpContext context) => CallerPrincipal.FromClaims(context.User);
}
