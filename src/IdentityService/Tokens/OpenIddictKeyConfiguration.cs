using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Client;
using OpenIddict.Server;

namespace Innominatus.IdentityService.Tokens;

/// <summary>Hands the <see cref="KeyRing"/> to OpenIddict when its options are first needed (after migrations ran).</summary>
public sealed class OpenIddictKeyConfiguration(KeyRing keys) : IConfigureOptions<OpenIddictServerOptions>, IConfigureOptions<OpenIddictClientOptions>
{
    public void Configure(OpenIddictServerOptions options)
    {
        options.SigningCredentials.Add(new SigningCredentials(keys.SigningKey, SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(Encrypting());
    }

    public void Configure(OpenIddictClientOptions options)
    {
        options.SigningCredentials.Add(new SigningCredentials(keys.SigningKey, SecurityAlgorithms.RsaSha256));
        options.EncryptionCredentials.Add(Encrypting());
    }

    private EncryptingCredentials Encrypting() => new(keys.EncryptionKey, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512);
}
