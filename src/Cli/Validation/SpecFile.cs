namespace Innominatus.Cli.Validation;

/// <summary>Reads a Score file given on the command line ("-" is standard input).</summary>
public static class SpecFile
{
    public static string Read(CliContext context, string path)
    {
        if (path == "-")
        {
            return context.In.ReadToEnd();
        }
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file", ExitCodes.Usage);
        }
        return File.ReadAllText(path);
    }
}
