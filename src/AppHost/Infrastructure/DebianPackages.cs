using System.Diagnostics;

namespace Innominatus.AppHost.Infrastructure;

/// <summary>
/// Makes sure a server binary from a Debian package is there. As root on Debian it installs the package;
/// otherwise it stops the AppHost with one line that says what to install.
/// </summary>
public static class DebianPackages
{
    public static void Require(string binary, string package)
    {
        if (File.Exists(binary))
        {
            return;
        }
        if (Environment.UserName != "root" || !File.Exists("/usr/bin/apt-get"))
        {
            AppHostExit.Fail($"{package} is not installed ({binary} is missing): run 'sudo apt-get install -y {package}', or start with '--infra containers'.");
        }
        Console.WriteLine($"Installing {package} with apt-get (once per machine)...");
        if (Run("apt-get", $"install -y -q --no-install-recommends {package}") != 0
            && (Run("apt-get", "update -q") != 0 || Run("apt-get", $"install -y -q --no-install-recommends {package}") != 0))
        {
            AppHostExit.Fail($"apt-get could not install {package}: run 'apt-get install -y {package}' and read its error.");
        }
        if (!File.Exists(binary))
        {
            AppHostExit.Fail($"{package} was installed but {binary} is still missing.");
        }
    }

    private static int Run(string file, string arguments)
    {
        var start = new ProcessStartInfo(file, arguments) { UseShellExecute = false };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
