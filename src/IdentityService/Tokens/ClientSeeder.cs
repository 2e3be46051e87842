using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Innominatus.IdentityService.Tokens;

/// <summary>Creates or updates the OAuth clients of <c>Identity:Clients</c> at start-up (after the migrations).</summary>
public sealed partial class ClientSeeder(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<ClientSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var section in configuration.GetSection("Identity:Clients").GetChildren())
        {
            var client = section.Get<ClientDefinition>() ?? new ClientDefinition();
            if (client.GrantTypes.Contains(GrantTypes.ClientCredentials) && string.IsNullOrEmpty(client.Secret))
            {
                LogSkipped(logger, section.Key);
                continue;
            }
            var descriptor = Describe(section.Key, client);
            var existing = await manager.FindByClientIdAsync(section.Key, cancellationToken);
            if (existing is null)
            {
                await manager.CreateAsync(descriptor, cancellationToken);
            }
            else
            {
                await manager.PopulateAsync(existing, descriptor, cancellationToken);
                await manager.UpdateAsync(existing, descriptor.ClientSecret ?? "", cancellationToken);
            }
            LogRegistered(logger, section.Key, string.Join(' ', client.GrantTypes));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static OpenIddictApplicationDescriptor Describe(string clientId, ClientDefinition client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = string.IsNullOrEmpty(client.Secret) ? null : client.Secret,
            ClientType = string.IsNullOrEmpty(client.Secret) ? ClientTypes.Public : ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = client.DisplayName ?? clientId,
        };
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        foreach (var grant in client.GrantTypes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.GrantType + grant);
            if (grant == GrantTypes.AuthorizationCode)
            {
                descriptor.Permissions.Add(Permissions.Endpoints.Authorization);
                descriptor.Permissions.Add(Permissions.ResponseTypes.Code);
                descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            }
        }
        foreach (var scope in client.Scopes)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }
        if (client.GrantTypes.Contains(GrantTypes.RefreshToken))
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + Scopes.OfflineAccess);
        }
        foreach (var uri in client.RedirectUris)
        {
            descriptor.RedirectUris.Add(new Uri(uri));
        }
        return descriptor;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "OAuth client {ClientId} registered for {GrantTypes}")]
    private static partial void LogRegistered(ILogger logger, string clientId, string grantTypes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OAuth client {ClientId} uses client_credentials but has no secret configured; it is not registered")]
    private static partial void LogSkipped(ILogger logger, string clientId);
}
