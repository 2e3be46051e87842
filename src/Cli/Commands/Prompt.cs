namespace Innominatus.Cli.Commands;

/// <summary>Questions on stderr; a hidden answer when a person types at a terminal, a plain line otherwise.</summary>
public static class Prompt
{
    public static string Line(CliContext context, string question)
    {
        context.Error.Write(question);
        context.Error.Flush();
        return context.In.ReadLine()?.Trim() ?? throw new CliException("no answer on standard input", ExitCodes.Usage);
    }

    public static string Secret(CliContext context, string question)
    {
        if (!context.InputIsTerminal || !ReferenceEquals(context.In, Console.In))
        {
            return Line(context, question);
        }
        context.Error.Write(question);
        var secret = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }
            if (key.Key == ConsoleKey.Backspace)
            {
                secret.Length = Math.Max(0, secret.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }
        context.Error.WriteLine();
        return secret.ToString();
    }
}
