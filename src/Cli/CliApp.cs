using System.CommandLine.Parsing;
using Innominatus.Cli.Commands;

namespace Innominatus.Cli;

/// <summary>Parses the command line, runs the command, and turns every failure into one line on stderr and an exit code.</summary>
public static class CliApp
{
    public const string Name = "innominatus-ctl";

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = CommandTree.Build(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            return Usage(context, parse, parse.Errors.OrderBy(e => e.Message.StartsWith("Required command", StringComparison.Ordinal) ? 1 : 0).First().Message);
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (CliException e)
        {
            return Fail(context, e.Message, e.ExitCode);
        }
        catch (HttpRequestException e)
        {
            return Fail(context, $"cannot reach the server: {e.Message}", ExitCodes.Failed);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return Fail(context, $"the server's answer is not what innominatus-ctl expects ({e.Message}); is --server an Innominatus gateway of a matching version?", ExitCodes.Failed);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(context, "the server did not answer in time", ExitCodes.Failed);
        }
        catch (OperationCanceledException)
        {
            return Fail(context, "cancelled", ExitCodes.Failed);
        }
    }

    private static int Usage(CliContext context, ParseResult parse, string message)
    {
        var command = string.Join(' ', ((IEnumerable<CommandResult>)Parents(parse.CommandResult)).Reverse().Skip(1).Select(c => c.Command.Name));
        var hint = string.IsNullOrEmpty(command) ? $"{Name} --help" : $"{Name} {command} --help";
        return Fail(context, $"{message.TrimEnd('.')} (see '{hint}')", ExitCodes.Usage);
    }

    private static List<CommandResult> Parents(CommandResult result)
    {
        var chain = new List<CommandResult>();
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult command)
            {
                chain.Add(command);
            }
        }
        return chain;
    }

    /// <summary>Errors are one line, so scripts can log them and people can read them.</summary>
    public static int Fail(CliContext context, string message, int exitCode)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        var colour = context.UseColour(context.ErrorIsTerminal);
        context.Error.WriteLine(colour ? $"{Ansi.Red}error:{Ansi.Reset} {line}" : $"error: {line}");
        context.Error.Flush();
        return exitCode;
    }
}
