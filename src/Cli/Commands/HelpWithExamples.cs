using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Innominatus.Cli.Commands;

/// <summary>The standard help, followed by the command's examples.</summary>
public sealed class HelpWithExamples(HelpAction standard) : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public static void Install(RootCommand root)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamples((HelpAction)help.Action!);
    }

    public override int Invoke(ParseResult parseResult)
    {
        standard.Invoke(parseResult);
        var examples = Cmd.ExamplesOf(parseResult.CommandResult.Command);
        if (examples.Count > 0)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in examples)
            {
                output.WriteLine($"  {example}");
            }
            output.WriteLine();
        }
        return ExitCodes.Ok;
    }
}
