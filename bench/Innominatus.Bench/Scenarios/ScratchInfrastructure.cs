using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Innominatus.Bench.Scenarios;

/// <summary>A scratch PostgreSQL and RabbitMQ from eng/test-infra.sh (free ports), stopped again on dispose.</summary>
public sealed partial class ScratchInfrastructure(string state, string script, string postgres, string rabbitMq) : IDisposable
{
    public string Postgres { get; } = postgres;

    public string RabbitMq { get; } = rabbitMq;

    public static ScratchInfrastructure Start()
    {
        var script = Path.GetFullPath("eng/test-infra.sh");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException("Run the bench from the repository root: eng/test-infra.sh starts its PostgreSQL and RabbitMQ.");
        }
        var state = Directory.CreateTempSubdirectory("innominatus-bench-").FullName;
        var output = Run(script, "up", state);
        return new ScratchInfrastructure(state, script, Value(output, "INNOMINATUS_TEST_POSTGRES"), Value(output, "INNOMINATUS_TEST_RABBITMQ"));
    }

    public void Dispose()
    {
        Run(script, "down", state);
        Directory.Delete(state, recursive: true);
    }

    private static string Run(string script, string command, string state)
    {
        using var process = Process.Start(new ProcessStartInfo("bash", [script, command, state]) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"eng/test-infra.sh {command} failed");
    }

    private static string Value(string output, string name) => Regex.Match(output, $"{name}='([^']*)'").Groups[1].Value;
}
