namespace Innominatus.WorkflowService.Workflows.Processes;

/// <summary>
/// The private folder of one step attempt (mode 0700): its HOME, TMPDIR and default working folder, holding the file
/// the step writes its outputs to. Removed when disposed unless the step asked to keep it (<c>keepWorkspace: true</c>).
/// </summary>
public sealed class StepWorkspace(string path, bool keep) : IDisposable
{
    public string Path { get; } = path;

    public string OutputsFile => System.IO.Path.Combine(Path, ".innominatus-outputs");

    public void Dispose()
    {
        if (keep)
        {
            return;
        }
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be removed now is left for the operator; the step's outcome does not depend on it.
        }
    }
}
