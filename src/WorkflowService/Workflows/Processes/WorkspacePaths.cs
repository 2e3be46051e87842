namespace Innominatus.WorkflowService.Workflows.Processes;

/// <summary>
/// Resolves a step's <c>workingDir</c> inside <c>Workspaces:Root</c>: a relative path, or an absolute one already
/// inside the root. <c>..</c> that leaves the root, an absolute path elsewhere, or a symbolic link anywhere on the way
/// (which could point outside) is refused.
/// </summary>
public static class WorkspacePaths
{
    public static string Resolve(string root, string requested)
    {
        var full = Path.GetFullPath(Path.IsPathRooted(requested) ? requested : Path.Combine(root, requested));
        var relative = Path.GetRelativePath(root, full);
        if (relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            throw new WorkspaceException($"workingDir '{requested}' is outside Workspaces:Root: process steps work only inside it");
        }
        var current = root;
        foreach (var part in relative.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != "."))
        {
            current = Path.Combine(current, part);
            if (new DirectoryInfo(current) is { Exists: true, LinkTarget: not null } || new FileInfo(current) is { Exists: true, LinkTarget: not null })
            {
                throw new WorkspaceException($"workingDir '{requested}' goes through a symbolic link: process steps work only inside Workspaces:Root");
            }
        }
        return full;
    }
}
