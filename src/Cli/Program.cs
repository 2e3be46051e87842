using Innominatus.Cli;

return await CliApp.RunAsync(args, CliContext.FromProcess());
