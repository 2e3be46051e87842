using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Steps;

/// <summary>
/// Runs a program, streaming every output line to the step log; a line <c>::set-output name=KEY::VALUE</c> becomes an
/// output. Cancellation (a timeout or a cancelled run) kills the whole process tree.
/// </summary>
public static class ProcessRunner
{
    private const string OutputMarker = "::set-output name=";

    /// <param name="errors">Where standard error goes when it must not mix with the output (machine-read output); else to <paramref name="log"/>.</param>
    public static async Task<(int ExitCode, JsonObject Outputs)> RunAsync(ProcessStartInfo start, IStepLog log, CancellationToken cancellationToken, IStepLog? errors = null)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var outputs = new JsonObject();
        using var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        void OnLine(string? line, IStepLog target)
        {
            if (line is null)
            {
                return;
            }
            var marker = line.IndexOf(OutputMarker, StringComparison.Ordinal);
            var separator = marker >= 0 ? line.IndexOf("::", marker + OutputMarker.Length, StringComparison.Ordinal) : -1;
            if (separator > 0)
            {
                lock (outputs)
                {
                    outputs[line[(marker + OutputMarker.Length)..separator]] = line[(separator + 2)..];
                }
                return;
            }
            target.Write(line);
        }
        process.OutputDataReceived += (_, e) => OnLine(e.Data, log);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data, errors ?? log);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        process.WaitForExit(); // flushes the asynchronous readers
        return (process.ExitCode, outputs);
    }

    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);
}
