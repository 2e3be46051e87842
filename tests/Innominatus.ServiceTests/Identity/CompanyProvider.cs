extern alias identity;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Identity;

/// <summary>
/// A second IdentityService on 127.0.0.1 (its own database and keys) playing the company's OpenID Connect provider,
/// with the confidential client "innominatus" (callback http://localhost/auth/callback) and an admin client to add users.
/// </summary>
public sealed class CompanyProvider : IAsyncDisposable
{
    private CompanyProvider(ServiceFactory<identity::Program> factory, string issuer, string secret, HttpClient admin) =>
        (Factory, Issuer, Secret, Admin) = (factory, issuer, secret, admin);

    public ServiceFactory<identity::Program> Factory { get; }

    public string Issuer { get; }

    public string Secret { get; }

    public HttpClient Admin { get; }

    public Uri? Address => Factory.Address;

    public static async Task<CompanyProvider> StartAsync()
    {
        var port = ServiceFactory<identity::Program>.FreePort();
        var issuer = $"http://127.0.0.1:{port}/";
        var secret = InternalCallerTokens.NewSecret();
        var factory = new ServiceFactory<identity::Program>(TestInfrastructure.NewDatabaseConnectionString(), new Dictionary<string, string>
        {
            ["Identity:Issuer"] = issuer,
            ["Identity:BootstrapAdmin:Password"] = "provider-admin-password",
            ["Identity:Clients:innominatus:Secret"] = secret,
            ["Identity:Clients:innominatus:RedirectUris:0"] = "http://localhost/auth/callback",
            ["Identity:Clients:innominatus:GrantTypes:0"] = "authorization_code",
        });
        var admin = (await factory.StartOnLoopbackAsync(port)).As("provider-admin", null, "admin");
        return new CompanyProvider(factory, issuer, secret, admin);
    }

    public async ValueTask DisposeAsync()
    {
        Admin.Dispose();
        await Factory.DisposeAsync();
    }
}
