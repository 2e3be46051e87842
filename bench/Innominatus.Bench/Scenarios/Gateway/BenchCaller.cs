using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Innominatus.ServiceDefaults.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Innominatus.Bench.Scenarios.Gateway;

/// <summary>
/// The caller of the authenticated route: an API key of the bootstrap admin for the gateway, and for the direct and
/// nginx paths the principal token the gateway would forward for it, signed with the run's own internal key (an
/// AppHost parameter), so that the service does the same work on every path.
/// </summary>
public sealed record BenchCaller(string ApiKey, string PrincipalToken)
{
    public const string AdminPassword = "bench-admin-password-0123456789";

    public static async Task<BenchCaller> CreateAsync(DistributedApplication app, Uri gateway)
    {
        using var client = new HttpClient { BaseAddress = gateway };
        var login = await client.PostAsJsonAsync("/api/login", new { username = "admin", password = AdminPassword });
        await EnsureAsync(login, "admin login");
        var session = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session);
        var created = await client.PostAsJsonAsync("/api/profile/api-keys", new { name = "bench-" + Guid.NewGuid().ToString("N")[..8], expiryDays = 1 });
        await EnsureAsync(created, "API key");
        var apiKey = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;

        var signingKey = await app.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<ParameterResource>()
            .Single(p => p.Name == "internal-signing-key").GetValueAsync(CancellationToken.None);
        var writer = new InternalTokenWriter(InternalKeys.ImportPrivate(signingKey!), TimeProvider.System, TimeSpan.FromHours(2));
        var token = writer.Write(new CallerPrincipal("admin", "admin", null, [], new HashSet<string> { InternalCallerDefaults.AdminRole }));
        return new BenchCaller(apiKey, token);
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new BenchFailure($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
