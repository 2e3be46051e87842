using System.Security.Cryptography;
using System.Text;

namespace Innominatus.Cli.Api;

/// <summary>Proof Key for Code Exchange (RFC 7636), S256.</summary>
public static class Pkce
{
    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Challenge(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
