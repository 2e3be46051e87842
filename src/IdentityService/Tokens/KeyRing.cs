using System.Security.Cryptography;
using Innominatus.IdentityService.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Innominatus.IdentityService.Tokens;

/// <summary>
/// The token signing key (RSA, RS256) and encryption key (AES-256) of the OpenID Connect server. Taken from
/// <c>Identity:SigningKey</c> (PEM) and <c>Identity:EncryptionKey</c> (base64) when set; otherwise generated once and
/// kept in the identity schema, so every replica and every restart issues and accepts the same tokens.
/// </summary>
public sealed class KeyRing(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock)
{
    private readonly Lazy<(RsaSecurityKey Signing, SymmetricSecurityKey Encryption)> keys =
        new(() => Load(scopes, configuration, clock), LazyThreadSafetyMode.PublicationOnly);

    public RsaSecurityKey SigningKey => keys.Value.Signing;

    public SymmetricSecurityKey EncryptionKey => keys.Value.Encryption;

    private static (RsaSecurityKey, SymmetricSecurityKey) Load(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var signingPem = configuration["Identity:SigningKey"] ?? Stored(db, clock, "signing", () =>
        {
            using var rsa = RSA.Create(2048);
            return rsa.ExportPkcs8PrivateKeyPem();
        });
        var encryption = configuration["Identity:EncryptionKey"] ?? Stored(db, clock, "encryption", () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        var rsaKey = RSA.Create();
        rsaKey.ImportFromPem(signingPem);
        var signing = new RsaSecurityKey(rsaKey)
        {
            KeyId = Base64UrlEncoder.Encode(SHA256.HashData(rsaKey.ExportSubjectPublicKeyInfo()))[..16],
        };
        return (signing, new SymmetricSecurityKey(Convert.FromBase64String(encryption)));
    }

    /// <summary>The stored material, or <paramref name="generate"/>d and stored; when replicas race, the first insert wins.</summary>
    private static string Stored(IdentityDbContext db, TimeProvider clock, string id, Func<string> generate)
    {
        var existing = db.StoredKeys.AsNoTracking().FirstOrDefault(k => k.Id == id);
        if (existing is not null)
        {
            return existing.Material;
        }
        db.StoredKeys.Add(new StoredKey { Id = id, Material = generate(), CreatedAt = clock.GetUtcNow() });
        try
        {
            db.SaveChanges();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
        return db.StoredKeys.AsNoTracking().First(k => k.Id == id).Material;
    }
}
