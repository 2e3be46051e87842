namespace Innominatus.CliTests.Infrastructure;

/// <summary>What one CLI invocation did: exit code, standard output and standard error.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Out).RootElement;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
