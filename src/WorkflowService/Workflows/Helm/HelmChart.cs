using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Helm;

/// <summary>
/// Where an install's chart comes from: a repository (<see cref="Repo"/> with the chart's name and a pinned version),
/// an OCI reference, or a folder inside <c>Workspaces:Root</c> (<see cref="IsFolder"/>), which is copied into the
/// step's private workspace before helm reads it.
/// </summary>
public sealed record HelmChart(string Reference, string? Repo, string? Version)
{
    public bool IsFolder => Repo is null && !Reference.StartsWith("oci://", StringComparison.Ordinal);

    public static HelmChart From(JsonObject config) =>
        new(config["chart"]?.ToString() ?? "", config["repo"]?.ToString(), config["version"]?.ToString());

    /// <summary>
    /// Copies the chart folder (regular files only: a symbolic link could point outside the root) into
    /// <paramref name="workspace"/> and returns the chart with the copy's path.
    /// </summary>
    public HelmChart CopyInto(string folder, string workspace)
    {
        if (!Directory.Exists(folder))
        {
            throw new Processes.WorkspaceException($"chart folder '{Reference}' does not exist inside Workspaces:Root");
        }
        var target = Path.Combine(workspace, "chart");
        Copy(new DirectoryInfo(folder), target);
        return this with { Reference = target };
    }

    private static void Copy(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var entry in source.EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null)
            {
                continue;
            }
            if (entry is DirectoryInfo directory)
            {
                Copy(directory, Path.Combine(target, directory.Name));
            }
            else
            {
                File.Copy(entry.FullName, Path.Combine(target, entry.Name));
            }
        }
    }
}
