namespace Innominatus.Cli;

/// <summary>
/// Everything the CLI takes from its surroundings: console, environment, network transport, config folder. The
/// process uses <see cref="FromProcess"/>; tests run the CLI in-process with their own writers and transport.
/// </summary>
public sealed class CliContext
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    public required TextReader In { get; init; }

    public required Func<string, string?> Environment { get; init; }

    /// <summary>Where credentials.json lives (0700 folder, 0600 file).</summary>
    public required string ConfigDirectory { get; init; }

    public bool OutputIsTerminal { get; init; }

    public bool ErrorIsTerminal { get; init; }

    public bool InputIsTerminal { get; init; }

    /// <summary>The HTTP transport below the authentication handler.</summary>
    public Func<HttpMessageHandler> Transport { get; init; } = () => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

    public Func<Uri, bool> OpenBrowser { get; init; } = Browser.TryOpen;

    /// <summary>How often watches poll the server besides listening to its event stream.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Colour only on a terminal, never with NO_COLOR (https://no-color.org) or TERM=dumb.</summary>
    public bool UseColour(bool terminal) =>
        terminal && string.IsNullOrEmpty(Environment("NO_COLOR")) && !string.Equals(Environment("TERM"), "dumb", StringComparison.Ordinal);

    public static CliContext FromProcess() => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        In = Console.In,
        Environment = System.Environment.GetEnvironmentVariable,
        ConfigDirectory = ConfigFolder.Resolve(System.Environment.GetEnvironmentVariable),
        OutputIsTerminal = !Console.IsOutputRedirected,
        ErrorIsTerminal = !Console.IsErrorRedirected,
        InputIsTerminal = !Console.IsInputRedirected,
    };
}
