using System.Net.Http.Headers;
using System.Security.Cryptography;
using Innominatus.ServiceTests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using static Innominatus.ServiceTests.Identity.GatewayCalls;

namespace Innominatus.ServiceTests.Identity;

/// <summary>
/// The callers of the access matrix, each with a different kind of credential: user A (team-a) with an API key,
/// user B (team-b) with a session token, the admin with a signed access token from the API key grant, a revoked API
/// key and an expired access token. Also the objects the matrix acts on.
/// </summary>
public sealed class MatrixCallers
{
    public const string Anonymous = "anonymous", UserA = "user-a", UserB = "user-b", Admin = "admin", RevokedKey = "revoked-key", ExpiredToken = "expired-token";

    public static readonly string[] All = [Anonymous, UserA, UserB, Admin, RevokedKey, ExpiredToken];

    private readonly Dictionary<string, Action<HttpRequestMessage>> credentials = new() { [Anonymous] = _ => { } };

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static MatrixCallers? instance;

    public static async Task<MatrixCallers> GetAsync(IdentityStack stack)
    {
        await Gate.WaitAsync();
        try
        {
            return instance ??= await CreateAsync(stack);
        }
        finally
        {
            Gate.Release();
        }
    }

    public void Apply(string caller, HttpRequestMessage request) => credentials[caller](request);

    private static async Task<MatrixCallers> CreateAsync(IdentityStack stack)
    {
        using var gateway = stack.Gateway.CreateClient();
        var admin = await LoginAsync(gateway, "admin", IdentityStack.AdminPassword);
        foreach (var team in new[] { "team-a", "team-b", "team-c" })
        {
            await SendOkAsync(gateway, HttpMethod.Post, "/api/teams", admin, new { name = team });
        }
        foreach (var (user, team) in new[] { ("alice", "team-a"), ("bob", "team-b"), ("dave", "team-a"), ("carol", (string?)null), ("victim", null) })
        {
            await SendOkAsync(gateway, HttpMethod.Post, "/api/admin/users", admin, new { username = user, password = "matrix-password-" + user, team });
        }
        var callers = new MatrixCallers();
        var aliceKey = await CreateApiKeyAsync(gateway, admin, "matrix", forUser: "alice");
        callers.credentials[UserA] = request => request.Headers.Add("X-API-Key", aliceKey);
        var bobSession = await LoginAsync(gateway, "bob", "matrix-password-bob");
        callers.credentials[UserB] = request => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bobSession);
        var adminToken = await ExchangeApiKeyAsync(gateway, await CreateApiKeyAsync(gateway, admin, "matrix"));
        callers.credentials[Admin] = request => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
        var revoked = await CreateApiKeyAsync(gateway, admin, "revoked", forUser: "alice");
        await SendOkAsync(gateway, HttpMethod.Delete, "/api/admin/users/alice/api-keys/revoked", admin);
        callers.credentials[RevokedKey] = request => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", revoked);
        var expired = await ExpiredAdminTokenAsync(stack);
        callers.credentials[ExpiredToken] = request => request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", expired);
        return callers;
    }

    /// <summary>A correctly signed access token of the IdentityService (its stored key) for the admin, expired ten minutes ago.</summary>
    public static async Task<string> ExpiredAdminTokenAsync(IdentityStack stack)
    {
        var pem = await stack.StoredSigningKeyAsync();
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        var key = new RsaSecurityKey(rsa) { KeyId = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16] };
        var adminId = await TestInfrastructure.ScalarAsync<Guid>(stack.Database, "select id from identity.users where username = 'admin'");
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = IdentityStack.Issuer,
            Audience = "innominatus-api",
            IssuedAt = now.AddMinutes(-25),
            NotBefore = now.AddMinutes(-25),
            Expires = now.AddMinutes(-10),
            Claims = new Dictionary<string, object> { ["sub"] = adminId.ToString(), ["name"] = "admin", ["roles"] = new[] { "admin" } },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }
}
