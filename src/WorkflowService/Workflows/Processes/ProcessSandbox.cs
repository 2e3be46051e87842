using System.Diagnostics;

namespace Innominatus.WorkflowService.Workflows.Processes;

/// <summary>
/// Confines the processes of process-running steps: an empty environment plus an allow-list (never the service's
/// connection strings, keys or broker URL), a private working folder under <c>Workspaces:Root</c>, and, when the service
/// runs as root, an unprivileged user through <c>setpriv</c> (no new privileges, no supplementary groups).
/// </summary>
public sealed class ProcessSandbox(ProcessStepOptions options)
{
    internal const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode Traversable = OwnerOnly | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    public ProcessStepOptions Options => options;

    /// <summary>Whether processes are started as <see cref="ProcessStepOptions.RunAsUser"/> instead of the service's root.</summary>
    public static bool DropsPrivileges => Environment.IsPrivilegedProcess;

    public StepWorkspace CreateWorkspace(Guid executionId, Guid stepId, bool keep)
    {
        var runs = Path.Combine(options.WorkspacesRoot, ".steps", executionId.ToString("N"));
        foreach (var folder in new[] { options.WorkspacesRoot, Path.Combine(options.WorkspacesRoot, ".steps"), runs })
        {
            // Others may pass through to their own folder but not list the ones of other steps.
            if (!Directory.Exists(folder))
            {
                CreateFolder(folder, Traversable);
            }
            else if (DropsPrivileges && !OperatingSystem.IsWindows() && !File.GetUnixFileMode(folder).HasFlag(UnixFileMode.OtherExecute))
            {
                // An existing root made private by root: the unprivileged user could not reach its own folder.
                File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }
        var path = Path.Combine(runs, $"{stepId:N}-{Guid.NewGuid():N}"[..48]);
        CreateFolder(path, OwnerOnly);
        File.WriteAllText(Path.Combine(path, ".innominatus-outputs"), "");
        return new StepWorkspace(path, keep);
    }

    /// <summary>Creates a folder with the given mode where the platform has modes (the service runs on Linux).</summary>
    internal static void CreateFolder(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        Directory.CreateDirectory(path, mode);
    }

    /// <summary>A step's <c>workingDir</c>, resolved inside <c>Workspaces:Root</c>.</summary>
    public string ResolveWorkingDirectory(string requested) => WorkspacePaths.Resolve(options.WorkspacesRoot, requested);

    /// <summary>
    /// Replaces the environment of <paramref name="start"/> with the allowed one plus <paramref name="variables"/>, runs
    /// it in the workspace unless it names a folder of its own, and hands <paramref name="owned"/> folders to the
    /// unprivileged user when the service is root.
    /// </summary>
    public async Task ConfineAsync(ProcessStartInfo start, StepWorkspace workspace, IEnumerable<KeyValuePair<string, string>> variables, IReadOnlyList<string> owned, CancellationToken cancellationToken)
    {
        var allowed = options.AllowedEnvironment
            .Select(name => (Name: name, Value: Environment.GetEnvironmentVariable(name)))
            .Where(v => v.Value is not null).ToList();
        start.Environment.Clear();
        start.Environment["PATH"] = options.Path;
        start.Environment["HOME"] = workspace.Path;
        start.Environment["TMPDIR"] = workspace.Path;
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["LC_ALL"] = "C.UTF-8";
        foreach (var (name, value) in allowed)
        {
            start.Environment[name] = value;
        }
        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }
        if (string.IsNullOrEmpty(start.WorkingDirectory))
        {
            start.WorkingDirectory = workspace.Path;
        }
        if (DropsPrivileges)
        {
            await HandOverAsync([workspace.Path, .. owned], cancellationToken);
            RunAsUnprivileged(start);
        }
    }

    private async Task HandOverAsync(IEnumerable<string> folders, CancellationToken cancellationToken)
    {
        var chown = new ProcessStartInfo(FindOrRefuse("chown")) { UseShellExecute = false, RedirectStandardError = true };
        foreach (var argument in new[] { "-R", "--no-dereference", $"{options.RunAsUser}:{options.RunAsGroup}" }.Concat(folders))
        {
            chown.ArgumentList.Add(argument);
        }
        using var process = Process.Start(chown)!;
        var errors = await process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new WorkspaceException($"cannot hand the step's folders to user {options.RunAsUser}: {errors.Trim()}");
        }
    }

    private void RunAsUnprivileged(ProcessStartInfo start)
    {
        if (!string.IsNullOrEmpty(start.Arguments))
        {
            throw new InvalidOperationException("process steps pass arguments as a list");
        }
        var command = new List<string> { start.FileName }.Concat(start.ArgumentList).ToList();
        start.FileName = FindOrRefuse("setpriv");
        start.ArgumentList.Clear();
        foreach (var argument in new[] { $"--reuid={options.RunAsUser}", $"--regid={options.RunAsGroup}", "--clear-groups", "--no-new-privs", "--" }.Concat(command))
        {
            start.ArgumentList.Add(argument);
        }
    }

    private static string FindOrRefuse(string program) => Steps.ProcessRunner.FindOnPath(program)
        ?? throw new WorkspaceException($"the workflow service runs as root and {program} is not installed: process steps never run as root (install util-linux, or run the service as a non-root user)");
}
