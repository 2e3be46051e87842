using System.Security.Cryptography;
using System.Text;

namespace Innominatus.IdentityService.ApiKeys;

/// <summary>
/// Random bearer secrets (256 bits) and their stored form. A fast hash is right here: the secrets are random, not
/// chosen by people, so nothing can be guessed from the hash; lookups go by hash and compare in constant time.
/// </summary>
public static class SecretTokens
{
    public const string ApiKeyPrefix = "inn_";
    public const string SessionPrefix = "inns_";

    public static string NewApiKey() => ApiKeyPrefix + RandomPart();

    public static string NewSessionToken() => SessionPrefix + RandomPart();

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public static bool Matches(byte[] storedHash, string secret) => CryptographicOperations.FixedTimeEquals(storedHash, Hash(secret));

    private static string RandomPart() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
