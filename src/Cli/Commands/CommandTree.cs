namespace Innominatus.Cli.Commands;

/// <summary>Every command of innominatus-ctl, one group per file.</summary>
public static class CommandTree
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("innominatus-ctl drives the Innominatus platform orchestrator: Score applications, workflows, resources, providers and golden paths.");
        root.Add(GlobalOptions.Server);
        root.Add(GlobalOptions.Output);
        Cmd.SetExamples(root,
            "innominatus-ctl login",
            "innominatus-ctl validate score.yaml --explain",
            "innominatus-ctl deploy score.yaml --watch",
            "IDP_API_KEY=... innominatus-ctl list -o json");
        foreach (var command in AuthCommands.Build(context)
            .Append(ValidateCommand.Build(context))
            .Concat(ApplicationCommands.Build(context))
            .Concat(WorkflowCommands.Build(context))
            .Append(ResourceCommands.Build(context))
            .Concat(GraphCommands.Build(context))
            .Append(ProviderCommands.Build(context))
            .Concat(GoldenPathCommands.Build(context))
            .Concat(DemoCommands.Build(context))
            .Append(AdminCommands.Build(context))
            .Append(CompletionCommand.Build()))
        {
            root.Add(command);
        }
        HelpWithExamples.Install(root);
        return root;
    }
}
