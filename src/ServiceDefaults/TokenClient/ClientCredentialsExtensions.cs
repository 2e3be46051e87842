using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

// RemoveAllResilienceHandlers is marked experimental (EXTEXP0001); it is the documented way to opt one client out.
#pragma warning disable EXTEXP0001

namespace Innominatus.ServiceDefaults.TokenClient;

public static class ClientCredentialsExtensions
{
    /// <summary>
    /// Calls made with this client carry a client-credentials access token of the client configured under
    /// <paramref name="section"/> (<c>ClientId</c>, <c>ClientSecret</c>, optional <c>TokenEndpoint</c> and <c>Scope</c>).
    /// </summary>
    public static IHttpClientBuilder AddClientCredentialsToken(this IHttpClientBuilder builder, IConfiguration configuration, string section)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ClientCredentialsTokenCache>();
        // No retries with back-off here: a caller waiting for a token would wait for all of them.
        builder.Services.AddHttpClient(ClientCredentialsTokenCache.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10))
            .RemoveAllResilienceHandlers();
        return builder.AddHttpMessageHandler(services =>
        {
            var options = configuration.GetSection(section).Get<ClientCredentialsOptions>() ?? new ClientCredentialsOptions();
            if (string.IsNullOrEmpty(options.ClientId) || string.IsNullOrEmpty(options.ClientSecret))
            {
                throw new InvalidOperationException($"{section}:ClientId and {section}:ClientSecret must be set for service-to-service calls.");
            }
            return new ClientCredentialsTokenHandler(services.GetRequiredService<ClientCredentialsTokenCache>(), options);
        });
    }
}
