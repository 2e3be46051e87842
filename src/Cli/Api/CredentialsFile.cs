namespace Innominatus.Cli.Api;

/// <summary>credentials.json: one credential per server URL, and the server the last <c>login</c> chose.</summary>
public sealed class CredentialsFile
{
    public string? Current { get; set; }

    public Dictionary<string, Credential> Servers { get; set; } = new(StringComparer.Ordinal);
}
