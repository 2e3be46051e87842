using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Innominatus.ServiceDefaults.Security;

public static class InternalCallerAuthenticationExtensions
{
    /// <summary>
    /// Authenticates requests by the gateway's <c>X-Innominatus-Principal</c> token (ES256, issuer
    /// <c>innominatus-gateway</c>, audience <c>innominatus-services</c>, verified with <c>InternalAuth:PublicKeys</c>).
    /// Endpoints opt in with <c>RequireAuthorization()</c> (any caller) or <c>RequireAuthorization("admin")</c>;
    /// failures are 401/403 problem details. Without configured keys every token is refused.
    /// </summary>
    public static TBuilder AddInternalCallerAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var options = builder.Configuration.GetSection(InternalCallerOptions.Section).Get<InternalCallerOptions>() ?? new InternalCallerOptions();
        var keys = options.PublicKeys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => (SecurityKey)InternalKeys.ImportPublic(k)).ToList();

        builder.Services.AddAuthentication(InternalCallerDefaults.AuthenticationScheme)
            .AddJwtBearer(InternalCallerDefaults.AuthenticationScheme, jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.RequireHttpsMetadata = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = InternalCallerDefaults.Issuer,
                    ValidAudience = InternalCallerDefaults.Audience,
                    IssuerSigningKeys = keys,
                    ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ClockSkew = TimeSpan.FromSeconds(options.ClockSkewSeconds),
                    NameClaimType = InternalCallerDefaults.NameClaim,
                    RoleClaimType = InternalCallerDefaults.RolesClaim,
                };
                jwt.Events = new JwtBearerEvents
                {
                    // Only the internal header counts: an Authorization header belongs to the gateway's caller.
                    OnMessageReceived = context =>
                    {
                        var token = context.Request.Headers[InternalCallerDefaults.HeaderName].ToString();
                        if (string.IsNullOrEmpty(token))
                        {
                            context.NoResult();
                        }
                        else
                        {
                            context.Token = token;
                        }
                        return Task.CompletedTask;
                    },
                    OnChallenge = async context =>
                    {
                        context.HandleResponse();
                        await TypedResults.Problem(
                            title: "Authentication required",
                            detail: "This API needs an authenticated caller; call it through the gateway.",
                            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context.HttpContext);
                    },
                    OnForbidden = context => TypedResults.Problem(
                        title: "Forbidden",
                        detail: "The caller may not do this.",
                        statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context.HttpContext),
                };
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(InternalCallerDefaults.AdminPolicy, policy => policy.RequireRole(InternalCallerDefaults.AdminRole));
        return builder;
    }
}
