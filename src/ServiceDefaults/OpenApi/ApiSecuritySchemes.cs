using Microsoft.OpenApi;

namespace Innominatus.ServiceDefaults.OpenApi;

/// <summary>The credentials the gateway accepts (its <c>GatewayCredential</c>), as OpenAPI security schemes.</summary>
public static class ApiSecuritySchemes
{
    public const string ApiKey = "ApiKey";
    public const string Bearer = "Bearer";
    public const string SessionCookie = "SessionCookie";

    public static IReadOnlyDictionary<string, IOpenApiSecurityScheme> All { get; } = new Dictionary<string, IOpenApiSecurityScheme>
    {
        [ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-API-Key",
            Description = "An API key (innominatus-ctl login, or POST /api/profile/api-keys).",
        },
        [Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An access token of the IdentityService (/connect/token), an API key or a session token.",
        },
        [SessionCookie] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "innominatus_session",
            Description = "The browser session of POST /api/login or /auth/login; changes also need a JSON body or X-Requested-With.",
        },
    };
}
