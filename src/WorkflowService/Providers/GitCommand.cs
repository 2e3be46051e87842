using System.Diagnostics;

namespace Innominatus.WorkflowService.Providers;

/// <summary>Runs the git CLI without a shell and without any chance of an interactive prompt.</summary>
public static class GitCommand
{
    public static async Task RunAsync(IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // A credential prompt would block the reload forever; fail fast instead.
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["GCM_INTERACTIVE"] = "never";
        using var process = Process.Start(start) ?? throw new GitCommandException("could not start git");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new GitCommandException($"git did not finish within {timeout.TotalSeconds:0} s");
        }
        await output;
        var stderr = (await error).Trim();
        if (process.ExitCode != 0)
        {
            throw new GitCommandException($"git exited with code {process.ExitCode}: {stderr}");
        }
    }
}
