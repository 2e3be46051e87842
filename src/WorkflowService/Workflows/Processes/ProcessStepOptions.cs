namespace Innominatus.WorkflowService.Workflows.Processes;

/// <summary>
/// How process-running steps (<c>script</c>, <c>policy</c>, <c>terraform</c>, <c>ansible</c>) are confined:
/// <c>Workspaces:Root</c> holds their working folders; <c>Workflows:ProcessSteps:AllowedEnvironment</c> names the
/// service's own variables they may see (none by default); <c>RunAsUser</c>/<c>RunAsGroup</c> is who they run as when
/// the service runs as root; <c>Path</c> is their PATH.
/// </summary>
public sealed record ProcessStepOptions(string WorkspacesRoot, IReadOnlyList<string> AllowedEnvironment, uint RunAsUser, uint RunAsGroup, string Path)
{
    public const string DefaultPath = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    private const uint Nobody = 65534;

    public static ProcessStepOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Workflows:ProcessSteps");
        var root = configuration["Workspaces:Root"] is { Length: > 0 } configured
            ? configured
            : System.IO.Path.Combine(System.IO.Path.GetTempPath(), "innominatus-workspaces");
        return new ProcessStepOptions(
            System.IO.Path.GetFullPath(root),
            section.GetSection("AllowedEnvironment").Get<string[]>() ?? [],
            section.GetValue("RunAsUser", Nobody),
            section.GetValue("RunAsGroup", Nobody),
            section["Path"] is { Length: > 0 } path ? path : DefaultPath);
    }
}
