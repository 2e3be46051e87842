using Spectre.Console;

namespace Innominatus.Cli.Output;

/// <summary>A progress spinner on stderr for operations that take a while, only when stderr is an interactive terminal.</summary>
public static class Spinner
{
    public static async Task<T> WhileAsync<T>(CliContext context, string message, Func<Task<T>> work)
    {
        if (!context.UseColour(context.ErrorIsTerminal))
        {
            return await work();
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Error), Ansi = AnsiSupport.Yes, Interactive = InteractionSupport.Yes,
        });
        return await console.Status().Spinner(Spectre.Console.Spinner.Known.Dots).StartAsync(Markup.Escape(message), _ => work());
    }
}
