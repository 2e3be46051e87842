using System.Diagnostics;

namespace Innominatus.Cli;

/// <summary>Opens a URL in the user's browser when there is one to open.</summary>
public static class Browser
{
    public static bool IsAvailable(Func<string, string?> environment) =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS()
        || !string.IsNullOrEmpty(environment("DISPLAY")) || !string.IsNullOrEmpty(environment("WAYLAND_DISPLAY")) || !string.IsNullOrEmpty(environment("BROWSER"));

    public static bool TryOpen(Uri url)
    {
        try
        {
            var start = OperatingSystem.IsWindows() ? new ProcessStartInfo("cmd", ["/c", "start", "", url.AbsoluteUri])
                : OperatingSystem.IsMacOS() ? new ProcessStartInfo("open", [url.AbsoluteUri])
                : new ProcessStartInfo(Environment.GetEnvironmentVariable("BROWSER") is { Length: > 0 } browser ? browser : "xdg-open", [url.AbsoluteUri]);
            start.UseShellExecute = false;
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            using var process = Process.Start(start);
            return process is not null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return false;
        }
    }
}
