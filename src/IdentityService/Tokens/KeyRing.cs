using System.Security.Cryptography;
using Innominatus.IdentityService.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Innominatus.IdentityService.Tokens;

/// <summary>
/// The token signing key (RSA, RS256) and encryption key (AES-256) of the OpenID Connect server. Taken from
/// <c>Identity:SigningKey</c> (PEM) and <c>Identity:EncryptionKey</c> (base64) when set; otherwise generated once and
/// kept in the identity schema (encrypted by <see cref="StoredKeyProtection"/>), so every replica and every restart
/// issues and accepts the same tokens.
/// </summary>
public sealed class KeyRing(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, StoredKeyProtection protection)
{
    private readonly Lazy<(RsaSecurityKey Signing, SymmetricSecurityKey Encryption)> keys =
        new(() => Load(scopes, configuration, clock, protection), LazyThreadSafetyMode.PublicationOnly);

    public RsaSecurityKey SigningKey => keys.Value.Signing;

    public SymmetricSecurityKey EncryptionKey => keys.Value.Encryption;

    private static (RsaSecurityKey, SymmetricSecurityKey) Load(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, StoredKeyProtection protection)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var signingPem = configuration["Identity:SigningKey"] ?? Stored(db, clock, protection, "signing", () =>
        {
            using var rsa = RSA.Create(2048);
            return rsa.ExportPkcs8PrivateKeyPem();
        });
        var encryption = configuration["Identity:EncryptionKey"] ?? Stored(db, clock, protection, "encryption", () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

        var rsaKey = RSA.Create();
        rsaKey.ImportFromPem(signingPem);
        var signing = new RsaSecurityKey(rsaKey)
        {
            KeyId = Base64UrlEncoder.Encode(SHA256.HashData(rsaKey.ExportSubjectPublicKeyInfo()))[..16],
        };
        return (signing, new SymmetricSecurityKey(Convert.FromBase64String(encryption)));
    }

    /// <summary>
    /// The stored material, or <paramref name="generate"/>d and stored; when replicas race, the first insert wins. A row
    /// still in plain text is encrypted in place once a key is configured.
    /// </summary>
    private static string Stored(IdentityDbContext db, TimeProvider clock, StoredKeyProtection protection, string id, Func<string> generate)
    {
        var existing = db.StoredKeys.AsNoTracking().FirstOrDefault(k => k.Id == id);
        if (existing is null)
        {
            db.StoredKeys.Add(new StoredKey { Id = id, Material = protection.Protect(id, generate()), CreatedAt = clock.GetUtcNow() });
            try
            {
                db.SaveChanges();
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }
            existing = db.StoredKeys.AsNoTracking().First(k => k.Id == id);
        }
        var material = protection.Reveal(id, existing.Material);
        if (protection.CanEncrypt && !StoredKeyProtection.IsProtected(existing.Material))
        {
            var encrypted = protection.Protect(id, material);
            // Only if still plain: another replica may have encrypted it meanwhile.
            db.StoredKeys.Where(k => k.Id == id && k.Material == existing.Material).ExecuteUpdate(k => k.SetProperty(x => x.Material, encrypted));
        }
        return material;
    }
}
