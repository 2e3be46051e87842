using System.Security.Cryptography;
using Innominatus.ServiceDefaults.Security;

namespace Innominatus.UnitTests.Security;

public class InternalKeysTests
{
    [Fact]
    public void A_private_key_in_SEC1_PEM_as_Helm_generates_it_also_serves_as_the_services_public_key()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = ec.ExportECPrivateKeyPem();

        var signing = InternalKeys.ImportPrivate(pem);
        var verifying = InternalKeys.ImportPublic(pem);

        Assert.Equal(signing.KeyId, verifying.KeyId);
        var data = "caller"u8.ToArray();
        Assert.True(verifying.ECDsa.VerifyData(data, signing.ECDsa.SignData(data, HashAlgorithmName.SHA256), HashAlgorithmName.SHA256));
    }

    [Fact]
    public void A_different_key_has_a_different_key_id()
    {
        var (first, _) = InternalKeys.Generate();
        var (second, _) = InternalKeys.Generate();

        Assert.NotEqual(InternalKeys.ImportPrivate(first).KeyId, InternalKeys.ImportPrivate(second).KeyId);
    }
}
