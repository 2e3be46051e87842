namespace Innominatus.ServiceDefaults.Security;

/// <summary>
/// <c>InternalAuth:PublicKeys</c>: the gateway's ES256 public keys (PEM, or base64 SubjectPublicKeyInfo), several
/// while a key is rotated. <c>InternalAuth:SigningKey</c> (gateway only): the private key (PEM PKCS#8 or SEC1).
/// </summary>
public sealed class InternalCallerOptions
{
    public const string Section = "InternalAuth";

    public List<string> PublicKeys { get; set; } = [];

    public string? SigningKey { get; set; }

    public int TokenLifetimeSeconds { get; set; } = 60;

    public int ClockSkewSeconds { get; set; } = 5;
}
