using Innominatus.WorkflowService.Workflows.Processes;

namespace Innominatus.WorkflowService.Workflows.Jobs;

/// <summary>What every process step's Job starts with, as a local step would: home and temp in the workspace, UTF-8, and the service's variables Workflows:ProcessSteps:AllowedEnvironment names.</summary>
public static class JobEnvironment
{
    public static List<KeyValuePair<string, string>> Base(ProcessStepOptions options)
    {
        var variables = new List<KeyValuePair<string, string>>
        {
            new("HOME", JobStepSpec.Workspace), new("TMPDIR", JobStepSpec.Workspace), new("LANG", "C.UTF-8"), new("LC_ALL", "C.UTF-8"),
        };
        variables.AddRange(options.AllowedEnvironment.Select(n => (Name: n, Value: Environment.GetEnvironmentVariable(n)))
            .Where(v => v.Value is not null).Select(v => KeyValuePair.Create(v.Name, v.Value!)));
        return variables;
    }
}
