using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;

namespace Innominatus.ServiceDefaults.Security;

/// <summary>Reads the ES256 keys of the internal caller token from configuration text.</summary>
public static class InternalKeys
{
    /// <summary>
    /// A public key: PEM SubjectPublicKeyInfo, a PEM certificate carrying it (what the Helm chart generates), or base64
    /// SubjectPublicKeyInfo. A private key is refused: a service holding it could mint any caller.
    /// </summary>
    public static ECDsaSecurityKey ImportPublic(string text)
    {
        if (text.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                "InternalAuth:PublicKeys holds a private key: services get only the gateway's public key (PEM public key or certificate), never its private key.");
        }
        if (text.Contains("-----BEGIN CERTIFICATE", StringComparison.Ordinal))
        {
            using var certificate = X509Certificate2.CreateFromPem(text);
            return WithKeyId(certificate.GetECDsaPublicKey()
                ?? throw new InvalidOperationException("InternalAuth:PublicKeys holds a certificate without an ECDSA (P-256) key."));
        }
        var key = ECDsa.Create();
        if (text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            key.ImportFromPem(text);
        }
        else
        {
            key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(text.Trim()), out _);
        }
        return WithKeyId(key);
    }

    public static ECDsaSecurityKey ImportPrivate(string text)
    {
        var key = ECDsa.Create();
        if (text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            key.ImportFromPem(text);
        }
        else
        {
            key.ImportPkcs8PrivateKey(Convert.FromBase64String(text.Trim()), out _);
        }
        return WithKeyId(key);
    }

    /// <summary>A new P-256 key pair as PEM text: (private PKCS#8, public SubjectPublicKeyInfo).</summary>
    public static (string PrivateKey, string PublicKey) Generate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return (key.ExportPkcs8PrivateKeyPem(), key.ExportSubjectPublicKeyInfoPem());
    }

    /// <summary>The key id is a thumbprint of the public key, so the gateway and the services agree on it without configuration.</summary>
    private static ECDsaSecurityKey WithKeyId(ECDsa key)
    {
        var thumbprint = SHA256.HashData(key.ExportSubjectPublicKeyInfo());
        return new ECDsaSecurityKey(key) { KeyId = Convert.ToHexStringLower(thumbprint)[..16] };
    }
}
