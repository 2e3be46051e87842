using Innominatus.ApiGateway.Proxy;
using Innominatus.ServiceDefaults.Security;

namespace Innominatus.ApiGateway.Authentication;

/// <summary>
/// Authenticates every request that needs it (see <see cref="PublicPaths"/>): 401 problem details without a valid
/// credential, 403 for non-admins on /api/admin/**. Always drops client-sent <c>X-Innominatus-*</c> headers, so only
/// the principal the gateway itself verified reaches the services.
/// </summary>
public sealed partial class GatewayAccessMiddleware(RequestDelegate next, AccessTokenValidator tokens, CredentialChecker credentials, ILogger<GatewayAccessMiddleware> logger)
{
    public const string CallerItem = "innominatus.caller";

    public async Task InvokeAsync(HttpContext context)
    {
        RemoveInternalHeaders(context.Request.Headers);
        var path = context.Request.Path;
        // All of /api/** (known route or not, so anonymous callers learn nothing), and every other routed path but
        // the web UI's, which signs its users in itself.
        var needsCaller = !PublicPaths.IsPublic(path)
            && (WebRoute.IsApiPath(path) || (context.GetEndpoint() is not null && !WebRoute.Serves(context)));
        if (!needsCaller)
        {
            await next(context);
            return;
        }
        var credential = GatewayCredential.From(context.Request);
        CallerPrincipal? caller = null;
        if (credential is not null)
        {
            try
            {
                caller = credential.IsJwt
                    ? await tokens.ValidateAsync(credential.Value, context.RequestAborted)
                    : await credentials.CheckAsync(credential.Value, context.RequestAborted);
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !context.RequestAborted.IsCancellationRequested))
            {
                LogCheckFailed(logger, e.Message);
                await Problem(context, StatusCodes.Status503ServiceUnavailable, "Authentication unavailable", "The credential could not be checked right now; retry shortly.");
                return;
            }
        }
        if (caller is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Problem(context, StatusCodes.Status401Unauthorized, "Authentication required",
                credential is null
                    ? "Send a bearer token, an API key (Authorization: Bearer or X-API-Key) or log in at /api/login."
                    : "The credential is invalid, expired or revoked.");
            return;
        }
        if (credential!.FromSessionCookie && CookieForgeryRule.Refuses(context.Request))
        {
            await Problem(context, StatusCodes.Status403Forbidden, CookieForgeryRule.Title, CookieForgeryRule.Detail);
            return;
        }
        if (PublicPaths.IsAdminOnly(path) && !caller.IsAdmin)
        {
            await Problem(context, StatusCodes.Status403Forbidden, "Forbidden", "This API is for admins only.");
            return;
        }
        context.Items[CallerItem] = caller;
        await next(context);
    }

    /// <summary>Allocates only when a client did send such a header: this runs on every request.</summary>
    private static void RemoveInternalHeaders(IHeaderDictionary headers)
    {
        List<string>? found = null;
        foreach (var header in headers)
        {
            if (header.Key.StartsWith(InternalCallerDefaults.HeaderPrefix, StringComparison.OrdinalIgnoreCase))
            {
                (found ??= []).Add(header.Key);
            }
        }
        found?.ForEach(key => headers.Remove(key));
    }

    private static Task Problem(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status).ExecuteAsync(context);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Credential check failed: {Reason}")]
    private static partial void LogCheckFailed(ILogger logger, string reason);
}
