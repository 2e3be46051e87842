using Innominatus.Cli;

namespace Innominatus.CliTests.Infrastructure;

/// <summary>
/// Runs innominatus-ctl in-process through its real entry point (CliApp.RunAsync) with captured output, its own
/// config folder and environment, and the given transport under the CLI's own authentication handler.
/// </summary>
public sealed class CliRunner(Func<HttpMessageHandler>? transport, IReadOnlyDictionary<string, string>? environment = null, string? configDirectory = null)
{
    /// <summary>Pretend standard output and error are a terminal (for colour).</summary>
    public bool Terminal { get; init; }

    public string ConfigDirectory { get; } = configDirectory ?? Directory.CreateTempSubdirectory("innominatus-cli-config-").FullName;

    public Dictionary<string, string> Environment { get; } = new(environment ?? new Dictionary<string, string>());

    public CliRunner With(string variable, string value)
    {
        var runner = new CliRunner(transport, Environment, ConfigDirectory) { Terminal = Terminal };
        runner.Environment[variable] = value;
        return runner;
    }

    public async Task<CliResult> RunAsync(params string[] args) => await RunWithInputAsync("", args);

    public async Task<CliResult> RunWithInputAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext
        {
            Out = TextWriter.Synchronized(output),
            Error = TextWriter.Synchronized(error),
            In = new StringReader(input),
            Environment = name => Environment.GetValueOrDefault(name),
            ConfigDirectory = ConfigDirectory,
            Transport = transport ?? (() => throw new InvalidOperationException("this test has no server")),
            OpenBrowser = _ => false,
            PollInterval = TimeSpan.FromMilliseconds(200),
            OutputIsTerminal = Terminal,
            ErrorIsTerminal = Terminal,
        };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var exitCode = await CliApp.RunAsync(args, context, timeout.Token);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
