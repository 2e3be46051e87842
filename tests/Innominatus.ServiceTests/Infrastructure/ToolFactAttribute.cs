namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>A test of a step that runs a tool: skipped, saying so, where the tool is not on PATH.</summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string program)
    {
        if (OnPath(program) is null)
        {
            Skip = $"{program} is not installed here.";
        }
    }

    public static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);
}
