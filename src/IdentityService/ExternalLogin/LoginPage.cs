using System.Net;

namespace Innominatus.IdentityService.ExternalLogin;

/// <summary>The one HTML page of the service: a password form (and a single sign-on link) for browser and CLI logins.</summary>
public static class LoginPage
{
    public static string Render(string returnUrl, bool failed, bool ssoEnabled)
    {
        var target = WebUtility.HtmlEncode(returnUrl);
        var error = failed ? "<p role=\"alert\">Invalid username or password, or too many failed attempts.</p>" : "";
        var sso = ssoEnabled ? $"<p><a href=\"/auth/oidc/login?returnUrl={WebUtility.UrlEncode(returnUrl)}\">Sign in with single sign-on</a></p>" : "";
        return $"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Innominatus login</title></head>
            <body><h1>Innominatus</h1>{error}
            <form method="post" action="/auth/login">
            <input type="hidden" name="returnUrl" value="{target}">
            <label>Username <input name="username" autocomplete="username" required></label>
            <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">Log in</button></form>{sso}</body></html>
            """;
    }

    /// <summary>Only paths of this site: never another origin (open redirects), never a scheme-relative URL.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
