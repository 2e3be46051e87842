using System.Diagnostics;

namespace Innominatus.AppHost.Infrastructure;

/// <summary>
/// A root AppHost runs PostgreSQL as the postgres account, which must be able to reach the data folder. A folder it
/// cannot enter (under /root, or a private temporary folder) would leave PostgreSQL, and every service waiting for it,
/// not started without a word, so the AppHost stops with one line instead.
/// </summary>
public static class PostgresAccount
{
    public static void RequireCanEnter(string folder)
    {
        if (!CanEnter(folder))
        {
            AppHostExit.Fail($"the postgres account cannot enter {folder}, so local PostgreSQL cannot use it: " +
                "set --LocalInfrastructure:Root (or INNOMINATUS_LOCAL_DATA) to a folder whose parents it can enter, such as /var/lib/innominatus/local.");
        }
    }

    /// <summary>Whether the postgres account can enter <paramref name="folder"/> (asked of the system, as that account).</summary>
    public static bool CanEnter(string folder)
    {
        var start = new ProcessStartInfo("setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", "/bin/sh", "-c", "cd \"$1\"", "sh", folder])
        {
            UseShellExecute = false,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
