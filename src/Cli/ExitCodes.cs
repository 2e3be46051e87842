namespace Innominatus.Cli;

/// <summary>What the process returns; scripts rely on these, so they never change meaning.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The operation failed: the server refused it, a run failed, a wait timed out, the server is unreachable.</summary>
    public const int Failed = 1;

    /// <summary>The command line is wrong: unknown command or option, missing or malformed argument, missing file.</summary>
    public const int Usage = 2;

    /// <summary>The server has no such object (404).</summary>
    public const int NotFound = 3;

    /// <summary>No credential, or the credential may not do this (401 or 403).</summary>
    public const int Unauthorised = 4;
}
