using System.Text;
using Innominatus.WorkflowService.Workflows.Kubernetes;

namespace Innominatus.WorkflowService.Workflows.Jobs;

/// <summary>
/// Carries a step's <c>workingDir</c> into its Job as files of the step's Secret (<see cref="JobStepSpec.Files"/>):
/// relative paths kept, subfolders included. A Secret holds at most 1 MiB, each file becomes a mount of the pod, and
/// only text survives the trip: a folder that is too big, has too many files, or holds anything but regular UTF-8
/// text files is refused, naming what is wrong, rather than half carried.
/// </summary>
public static class JobFolder
{
    public const long MaxBytes = 512 * 1024;
    public const int MaxFiles = 256;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The folder's files under <paramref name="prefix"/> (relative, '/'-separated), skipping folders named in <paramref name="skip"/> (caches, like .terraform).</summary>
    public static Dictionary<string, string> Pack(string folder, string prefix, IReadOnlySet<string> skip)
    {
        if (Irregular(folder, skip) is { } irregular)
        {
            throw new KubernetesStepException($"config.workingDir holds '{irregular}', which is not a regular file: a Job step carries only regular files");
        }
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        long total = 0;
        foreach (var path in Walk(new DirectoryInfo(folder), skip))
        {
            var relative = Path.GetRelativePath(folder, path.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (path.LinkTarget is not null || path is not FileInfo file)
            {
                throw new KubernetesStepException($"config.workingDir holds '{relative}', which is not a regular file: a Job step carries only regular files");
            }
            total += file.Length;
            if (total > MaxBytes || files.Count >= MaxFiles)
            {
                throw new KubernetesStepException($"config.workingDir is too big to carry into a Job: at most {MaxBytes / 1024} KiB in {MaxFiles} files");
            }
            string text;
            try
            {
                text = Strict.GetString(File.ReadAllBytes(file.FullName));
            }
            catch (DecoderFallbackException)
            {
                throw new KubernetesStepException($"config.workingDir holds '{relative}', which is not UTF-8 text: a Job step carries only text files");
            }
            files[prefix + relative] = text;
        }
        return files;
    }

    /// <summary>
    /// The first entry that is neither a folder nor a regular file (link, FIFO, socket, device). .NET does not tell a
    /// FIFO or a device from a file, and reading one could block or never end, so find(1) asks lstat.
    /// </summary>
    private static string? Irregular(string folder, IReadOnlySet<string> skip)
    {
        var start = new System.Diagnostics.ProcessStartInfo("find") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-P", folder, "-mindepth", "1" })
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var name in skip)
        {
            foreach (var argument in new[] { "-type", "d", "-name", name, "-prune", "-o" })
            {
                start.ArgumentList.Add(argument);
            }
        }
        foreach (var argument in new[] { "!", "-type", "f", "!", "-type", "d", "-print", "-quit" })
        {
            start.ArgumentList.Add(argument);
        }
        using var find = System.Diagnostics.Process.Start(start)!;
        var first = find.StandardOutput.ReadLine();
        find.WaitForExit();
        if (find.ExitCode != 0)
        {
            throw new KubernetesStepException($"config.workingDir cannot be read (find exited with code {find.ExitCode})");
        }
        return first is null ? null : Path.GetRelativePath(folder, first);
    }

    /// <summary>Everything but folders, depth first; a folder that is a symbolic link is returned, not entered.</summary>
    private static IEnumerable<FileSystemInfo> Walk(DirectoryInfo folder, IReadOnlySet<string> skip)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (entry is DirectoryInfo sub && sub.LinkTarget is null)
            {
                if (skip.Contains(sub.Name))
                {
                    continue;
                }
                foreach (var inner in Walk(sub, skip))
                {
                    yield return inner;
                }
                continue;
            }
            yield return entry;
        }
    }
}
