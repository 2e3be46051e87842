using System.CommandLine;
using Innominatus.Cli;
using Innominatus.Cli.Commands;
using Innominatus.CliTests.Infrastructure;

namespace Innominatus.CliTests.Commands;

public class UsageTests
{
    private readonly CliRunner cli = new(transport: null);

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("status")]
    [InlineData("workflows")]
    [InlineData("list", "-o", "xml")]
    [InlineData("logs", "not-a-guid")]
    [InlineData("resume", "0193a0c4-0000-7000-8000-000000000000")]
    [InlineData("deploy", "x.yaml", "--timeout", "soon")]
    public async Task A_wrong_command_line_exits_2_with_one_error_line(params string[] args)
    {
        var result = await cli.RunAsync(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains("--help'", line);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Every_command_has_a_description_and_its_help_shows_an_example()
    {
        var root = CommandTree.Build(new CliContext { Out = TextWriter.Null, Error = TextWriter.Null, In = TextReader.Null, Environment = _ => null, ConfigDirectory = "/tmp" });
        var commands = All(root, []).ToList();
        Assert.True(commands.Count > 40, $"only {commands.Count} commands");

        foreach (var (path, command) in commands)
        {
            Assert.False(string.IsNullOrWhiteSpace(command.Description), $"'{path}' has no description");
            var help = await cli.RunAsync([.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);
            Assert.True(help.ExitCode == 0, $"{path}: {help}");
            Assert.Matches(@"Examples:\n  .*innominatus-ctl ", help.Out);
        }
    }

    [Fact]
    public async Task Completion_scripts_ask_the_CLI_itself_and_the_suggest_directive_answers()
    {
        foreach (var shell in new[] { "bash", "zsh", "fish" })
        {
            var script = await cli.RunAsync("completion", shell);
            Assert.Equal(0, script.ExitCode);
            Assert.Contains("[suggest:", script.Out);
        }
        Assert.Contains("complete -o default -F _innominatus_ctl innominatus-ctl", (await cli.RunAsync("completion", "bash")).Out);

        var line = "innominatus-ctl workflows li";
        var suggestions = await cli.RunAsync($"[suggest:{line.Length}]", line);
        Assert.Equal(["list"], suggestions.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        line = "innominatus-ctl workflows list --state fa";
        var states = await cli.RunAsync($"[suggest:{line.Length}]", line);
        Assert.Contains("failed", states.Out.Split('\n'));
    }

    [Fact]
    public async Task An_unreachable_server_is_a_failed_operation_with_exit_code_1()
    {
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var socketCli = new CliRunner(() => new SocketsHttpHandler());

        var result = await socketCli.RunAsync("list", "--server", $"http://127.0.0.1:{port}");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: cannot reach http://127.0.0.1:{port}/", result.Error);
    }

    [Fact]
    public async Task A_malformed_development_identity_is_a_usage_error()
    {
        var result = await cli.With("INNOMINATUS_DEV_IDENTITY", "just-a-name").RunAsync("list");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("INNOMINATUS_DEV_IDENTITY must be user:team", result.Error);
    }

    private static IEnumerable<(string Path, Command Command)> All(Command command, List<string> path)
    {
        foreach (var sub in command.Subcommands)
        {
            var subPath = new List<string>(path) { sub.Name };
            yield return (string.Join(' ', subPath), sub);
            foreach (var nested in All(sub, subPath))
            {
                yield return nested;
            }
        }
    }
}
