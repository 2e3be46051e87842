using Innominatus.IdentityService.ApiKeys;
using Innominatus.IdentityService.Apis;
using Innominatus.IdentityService.Audit;
using Innominatus.IdentityService.Bootstrap;
using Innominatus.IdentityService.Data;
using Innominatus.IdentityService.ExternalLogin;
using Innominatus.ServiceDefaults.Forwarding;
using Microsoft.AspNetCore.HttpOverrides;
using Innominatus.IdentityService.Login;
using Innominatus.IdentityService.Messaging;
using Innominatus.IdentityService.Sessions;
using Innominatus.IdentityService.Teams;
using Innominatus.IdentityService.Tokens;
using Innominatus.IdentityService.Users;
using Innominatus.ServiceDefaults.Data;
using Innominatus.ServiceDefaults.Messaging;
using Innominatus.ServiceDefaults.Security;
using OpenIddict.Validation.AspNetCore;

namespace Innominatus.IdentityService.Extensions;

public static class Extensions
{
    public const string ServiceName = "identity";

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IdentityDbContext, IHostApplicationBuilder>(IdentityDbContext.Schema);
        builder.AddServiceMessaging(ServiceName, bus => bus.AddConsumer<Audit.StepDecisionAuditConsumer>());
        builder.AddInternalCallerAuthentication();

        var issuer = builder.Configuration.GetSection(IssuerOptions.Section).Get<IssuerOptions>() ?? new IssuerOptions();
        var oidc = OidcSettings.From(builder.Configuration);
        builder.Services.Configure<IssuerOptions>(builder.Configuration.GetSection(IssuerOptions.Section));
        builder.Services.Configure<LockoutOptions>(builder.Configuration.GetSection(LockoutOptions.Section));
        builder.Services.Configure<LoginSessionOptions>(builder.Configuration.GetSection(LoginSessionOptions.Section));
        builder.Services.Configure<ApiKeyOptions>(builder.Configuration.GetSection(ApiKeyOptions.Section));
        builder.Services.Configure<BootstrapAdminOptions>(builder.Configuration.GetSection(BootstrapAdminOptions.Section));
        builder.Services.AddSingleton(oidc);
        builder.AddOpenIdConnect(issuer, oidc);

        var allowedClients = builder.Configuration.GetSection("Identity:CredentialCheck:AllowedClients").Get<string[]>() ?? ["gateway"];
        builder.Services.AddAuthorizationBuilder().AddPolicy(InternalApi.Policy, policy => policy
            .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .RequireClaim(InternalCallerDefaults.RolesClaim, InternalCallerDefaults.ServiceRole)
            .RequireClaim(InternalCallerDefaults.SubjectClaim, allowedClients));

        // The gateway sets X-Forwarded-* to the client's address and the host and scheme it used, for the audit and
        // OIDC redirects; without configured peers only loopback (the same pod or machine) is believed.
        builder.AddTrustedForwardedHeaders("Identity:ForwardedHeaders",
            ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedProto, "127.0.0.0/8", "::1/128");
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<PasswordCheck>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<IdentityEvents>();
        builder.Services.AddScoped<LoginThrottle>();
        builder.Services.AddScoped<PasswordLogin>();
        builder.Services.AddScoped<SessionStore>();
        builder.Services.AddScoped<ApiKeyStore>();
        builder.Services.AddScoped<ApiKeyActions>();
        builder.Services.AddScoped<UserAdministration>();
        builder.Services.AddScoped<TeamAdministration>();
        builder.Services.AddScoped<ExternalUserProvisioner>();

        // After the database migrator, which AddServiceDatabase registered first.
        builder.Services.AddHostedService<ClientSeeder>();
        builder.Services.AddHostedService<BootstrapAdmin>();
    }

    public static WebApplication MapIdentityApis(this WebApplication app)
    {
        app.MapLoginApi();
        app.MapProfileApi();
        app.MapAdminUsersApi();
        app.MapTeamsApi();
        app.MapAuditApi();
        app.MapAuthApi();
        app.MapConnectApi();
        app.MapInternalApi();
        return app;
    }
}
