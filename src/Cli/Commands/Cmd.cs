using System.Runtime.CompilerServices;

namespace Innominatus.Cli.Commands;

/// <summary>Builds commands with a description and examples (shown by --help), and runs their actions in a <see cref="Session"/>.</summary>
public static class Cmd
{
    private static readonly ConditionalWeakTable<Command, string[]> Examples = new();

    public static Command New(string name, string description, params string[] examples)
    {
        var command = new Command(name, description);
        Examples.AddOrUpdate(command, examples);
        return command;
    }

    public static IReadOnlyList<string> ExamplesOf(Command command) => Examples.TryGetValue(command, out var examples) ? examples : [];

    public static void SetExamples(Command command, params string[] examples) => Examples.AddOrUpdate(command, examples);

    public static Command With(this Command command, params Symbol[] symbols)
    {
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Option option:
                    command.Add(option);
                    break;
                case Argument argument:
                    command.Add(argument);
                    break;
                case Command sub:
                    command.Add(sub);
                    break;
            }
        }
        return command;
    }

    public static Command Runs(this Command command, CliContext context, Func<Session, ParseResult, CancellationToken, Task<int>> run)
    {
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var session = new Session(context, parse);
            return await run(session, parse, cancellationToken);
        });
        return command;
    }

    public static Option<string?> Text(string name, string description, params string[] aliases) => new(name, aliases) { Description = description };

    public static Option<bool> Flag(string name, string description, params string[] aliases) => new(name, aliases) { Description = description };

    public static Argument<string> Arg(string name, string description) => new(name) { Description = description };

    public static Argument<Guid> Id(string description = "The workflow run's id (see 'workflows list').") => new("ID") { Description = description };
}
