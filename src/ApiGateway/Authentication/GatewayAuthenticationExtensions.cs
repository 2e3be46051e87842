using Innominatus.ServiceDefaults.Security;
using Innominatus.ServiceDefaults.TokenClient;

// RemoveAllResilienceHandlers is marked experimental (EXTEXP0001); it is the documented way to opt one client out.
#pragma warning disable EXTEXP0001

namespace Innominatus.ApiGateway.Authentication;

public static class GatewayAuthenticationExtensions
{
    /// <summary>
    /// Credential checks against the IdentityService (with the gateway's client-credentials token), local access-token
    /// validation, and the signer of the internal caller token (<c>InternalAuth:SigningKey</c>, required).
    /// </summary>
    public static void AddGatewayAuthentication(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(GatewayAuthOptions.Section).Get<GatewayAuthOptions>() ?? new GatewayAuthOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddMemoryCache(cache => cache.SizeLimit = 100_000);
        builder.Services.AddSingleton<SigningKeySource>();
        builder.Services.AddSingleton<AccessTokenValidator>();
        builder.Services.AddSingleton<CredentialChecker>();
        // A request waits for these calls: fail fast (503) rather than retry with back-off while the caller waits.
        builder.Services.AddHttpClient(SigningKeySource.HttpClientName, client => Configure(client, options)).RemoveAllResilienceHandlers();
        builder.Services.AddHttpClient(CredentialChecker.HttpClientName, client => Configure(client, options)).RemoveAllResilienceHandlers()
            .AddClientCredentialsToken(builder.Configuration, "Gateway:IdentityClient");

        var internalAuth = builder.Configuration.GetSection(InternalCallerOptions.Section).Get<InternalCallerOptions>() ?? new InternalCallerOptions();
        if (string.IsNullOrWhiteSpace(internalAuth.SigningKey))
        {
            throw new InvalidOperationException(
                "InternalAuth:SigningKey is not set: the gateway signs the caller it forwards to the services with it. Run the system with " +
                "'dotnet run --project src/AppHost', or set InternalAuth__SigningKey to a P-256 private key (PEM) and give the services its public key.");
        }
        var signingKey = InternalKeys.ImportPrivate(internalAuth.SigningKey);
        builder.Services.AddSingleton(services => new InternalTokenWriter(
            signingKey, services.GetRequiredService<TimeProvider>(), TimeSpan.FromSeconds(internalAuth.TokenLifetimeSeconds)));
        builder.Services.AddSingleton<CallerTokenCache>();
    }

    private static void Configure(HttpClient client, GatewayAuthOptions options)
    {
        client.BaseAddress = new Uri(options.IdentityService);
        client.Timeout = TimeSpan.FromSeconds(5);
    }
}
