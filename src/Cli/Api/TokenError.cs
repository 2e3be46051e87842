namespace Innominatus.Cli.Api;

/// <summary>An OAuth error answer of the token endpoint (RFC 6749 §5.2).</summary>
public sealed class TokenError(string code, string description)
    : CliException($"the token endpoint refused: {code}{(description.Length > 0 ? ": " + description : "")}", ExitCodes.Unauthorised)
{
    public string Code { get; } = code;
}
