using System.Diagnostics;
using Innominatus.CliTests.Infrastructure;

namespace Innominatus.CliTests.Commands;

/// <summary>The built innominatus-ctl as a process: Program.cs, exit codes and plain output when not on a terminal.</summary>
public class ProcessTests
{
    private static readonly string Executable = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "innominatus-ctl.exe" : "innominatus-ctl");

    [Fact]
    public async Task Validate_runs_as_a_process_with_exit_codes_and_without_colour_when_redirected()
    {
        var good = await RunAsync("validate", Specs.Write(Specs.WithResource("proc", "postgres")));
        var bad = await RunAsync("validate", Specs.Write(Specs.Invalid));
        var usage = await RunAsync("no-such-command");

        Assert.True(good.ExitCode == 0, good.ToString());
        Assert.StartsWith("valid: ", good.Out);
        Assert.Equal(1, bad.ExitCode);
        Assert.DoesNotContain("\u001b[", bad.Out + bad.Error);
        Assert.Equal(2, usage.ExitCode);
    }

    [Fact]
    public async Task Version_and_help_work_without_a_server()
    {
        var version = await RunAsync("--version");
        var help = await RunAsync("--help");

        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Out);
        Assert.Contains("Examples:", help.Out);
    }

    private static async Task<CliResult> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["XDG_CONFIG_HOME"] = Directory.CreateTempSubdirectory("innominatus-cli-process-").FullName;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }
}
