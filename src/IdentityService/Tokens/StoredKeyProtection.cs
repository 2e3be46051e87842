using System.Security.Cryptography;
using System.Text;

namespace Innominatus.IdentityService.Tokens;

/// <summary>
/// Rule "OIDC keys are not readable from the database": the generated signing and encryption keys are stored
/// AES-256-GCM encrypted with a key from <c>Identity:StoredKeysKey</c> (any secret text; the key is its SHA-256), bound
/// to their row id. Rows stored in plain text by an older version are encrypted at the next start. To rotate, move
/// the old text to <c>Identity:PreviousStoredKeysKeys:0</c>. Without a key the material stays plain and start-up warns.
/// </summary>
public sealed partial class StoredKeyProtection
{
    public const string Prefix = "enc:v1:";
    private readonly byte[]? key;
    private readonly List<byte[]> readable;

    public StoredKeyProtection(IConfiguration configuration, ILogger<StoredKeyProtection> logger)
    {
        key = configuration["Identity:StoredKeysKey"] is { Length: > 0 } secret ? Derive(secret) : null;
        var previous = configuration.GetSection("Identity:PreviousStoredKeysKeys").GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0);
        readable = [.. key is null ? [] : new[] { key }, .. previous.Select(Derive)];
        if (key is null)
        {
            LogNoKey(logger);
        }
    }

    public bool CanEncrypt => key is not null;

    public static bool IsProtected(string material) => material.StartsWith(Prefix, StringComparison.Ordinal);

    public string Protect(string id, string material)
    {
        if (key is null)
        {
            return material;
        }
        var data = Encoding.UTF8.GetBytes(material);
        var sealedBox = new byte[12 + data.Length + 16];
        RandomNumberGenerator.Fill(sealedBox.AsSpan(0, 12));
        using var aes = new AesGcm(key, 16);
        aes.Encrypt(sealedBox.AsSpan(0, 12), data, sealedBox.AsSpan(12, data.Length), sealedBox.AsSpan(12 + data.Length), Encoding.UTF8.GetBytes(id));
        return Prefix + Convert.ToBase64String(sealedBox);
    }

    public string Reveal(string id, string stored)
    {
        if (!IsProtected(stored))
        {
            return stored;
        }
        var sealedBox = Convert.FromBase64String(stored[Prefix.Length..]);
        var data = new byte[sealedBox.Length - 28];
        foreach (var candidate in readable)
        {
            try
            {
                using var aes = new AesGcm(candidate, 16);
                aes.Decrypt(sealedBox.AsSpan(0, 12), sealedBox.AsSpan(12, data.Length), sealedBox.AsSpan(12 + data.Length), data, Encoding.UTF8.GetBytes(id));
                return Encoding.UTF8.GetString(data);
            }
            catch (CryptographicException)
            {
                // Try the next (previous) key.
            }
        }
        throw new InvalidOperationException(
            $"The stored OIDC key '{id}' is encrypted and neither Identity:StoredKeysKey nor Identity:PreviousStoredKeysKeys opens it.");
    }

    private static byte[] Derive(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Identity:StoredKeysKey is not set: the generated OIDC signing and encryption keys are stored unencrypted")]
    private static partial void LogNoKey(ILogger logger);
}
