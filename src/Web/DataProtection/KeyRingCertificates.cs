using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Innominatus.Web.DataProtection;

/// <summary>
/// The certificates that encrypt the stored key ring at rest: <c>Web:DataProtection:Certificate</c> (PEM of an RSA
/// certificate and its private key) encrypts new keys; it and <c>Web:DataProtection:PreviousCertificates:N</c> open
/// the stored ones, so a certificate can be replaced without signing everybody out.
/// </summary>
public sealed record KeyRingCertificates(X509Certificate2 Current, IReadOnlyList<X509Certificate2> Readable)
{
    public static KeyRingCertificates? From(IConfigurationSection section)
    {
        if (section["Certificate"] is not { Length: > 0 } current)
        {
            return null;
        }
        var certificate = Parse(current, section.Path + ":Certificate");
        var previous = section.GetSection("PreviousCertificates").GetChildren()
            .Where(c => !string.IsNullOrEmpty(c.Value))
            .Select(c => Parse(c.Value!, c.Path));
        return new KeyRingCertificates(certificate, [certificate, .. previous]);
    }

    private static X509Certificate2 Parse(string pem, string setting)
    {
        X509Certificate2 certificate;
        try
        {
            // The same text for both: it holds the CERTIFICATE block and the (RSA) PRIVATE KEY block.
            certificate = X509Certificate2.CreateFromPem(pem, pem);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"{setting} must hold a PEM certificate and its PEM private key: {e.Message}", e);
        }
        if (certificate.GetRSAPrivateKey() is null)
        {
            throw new InvalidOperationException($"{setting} must be an RSA certificate with its private key (data protection encrypts keys with RSA).");
        }
        return certificate;
    }
}
