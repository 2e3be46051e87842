using System.Diagnostics;

namespace Innominatus.AppHost.Infrastructure;

/// <summary>Finds a container runtime whose engine answers, not just a client on the PATH.</summary>
public static class ContainerRuntimeProbe
{
    public static string? Detect()
    {
        foreach (var runtime in new[] { "docker", "podman" })
        {
            if (Answers(runtime))
            {
                return runtime;
            }
        }
        return null;
    }

    private static bool Answers(string runtime)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, "info --format {{.ServerVersion}}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }
            if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }
}
