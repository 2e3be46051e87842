using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Innominatus.ServiceDefaults.Security;

namespace Innominatus.UnitTests.Security;

public class InternalKeysTests
{
    [Fact]
    public void A_certificate_of_the_SEC1_key_as_Helm_generates_them_serves_as_the_services_public_key()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=innominatus-gateway", ec, HashAlgorithmName.SHA256);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddYears(100));

        var signing = InternalKeys.ImportPrivate(ec.ExportECPrivateKeyPem());
        var verifying = InternalKeys.ImportPublic(certificate.ExportCertificatePem());

        Assert.Equal(signing.KeyId, verifying.KeyId);
        var data = "caller"u8.ToArray();
        Assert.True(verifying.ECDsa.VerifyData(data, signing.ECDsa.SignData(data, HashAlgorithmName.SHA256), HashAlgorithmName.SHA256));
    }

    [Fact]
    public void A_public_key_in_PEM_or_base64_has_the_signing_keys_id()
    {
        var (privateKey, publicKey) = InternalKeys.Generate();
        var base64 = Convert.ToBase64String(InternalKeys.ImportPublic(publicKey).ECDsa.ExportSubjectPublicKeyInfo());

        Assert.Equal(InternalKeys.ImportPrivate(privateKey).KeyId, InternalKeys.ImportPublic(publicKey).KeyId);
        Assert.Equal(InternalKeys.ImportPrivate(privateKey).KeyId, InternalKeys.ImportPublic(base64).KeyId);
    }

    [Theory]
    [InlineData("sec1")]
    [InlineData("pkcs8")]
    public void A_private_key_given_as_a_public_key_is_refused_naming_the_rule(string format)
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = format == "sec1" ? ec.ExportECPrivateKeyPem() : ec.ExportPkcs8PrivateKeyPem();

        var refused = Assert.Throws<InvalidOperationException>(() => InternalKeys.ImportPublic(pem));

        Assert.Contains("services get only the gateway's public key", refused.Message);
    }

    [Fact]
    public void A_different_key_has_a_different_key_id()
    {
        var (first, _) = InternalKeys.Generate();
        var (second, _) = InternalKeys.Generate();

        Assert.NotEqual(InternalKeys.ImportPrivate(first).KeyId, InternalKeys.ImportPrivate(second).KeyId);
    }
}
