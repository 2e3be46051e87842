namespace Innominatus.Cli;

/// <summary>An error the CLI reports as one line on standard error and an exit code (see <see cref="ExitCodes"/>).</summary>
public class CliException(string message, int exitCode = ExitCodes.Failed) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
