using System.Diagnostics;

namespace Innominatus.Bench.Scenarios.Cluster;

/// <summary>
/// The pinned helm of eng/install-tools.sh (fetched into .tools/ once, idempotent), with its cache and config kept in
/// .tools/ too, aimed at the cluster's kubeconfig.
/// </summary>
public sealed class HelmCli(string binary, ClusterEnvironment cluster)
{
    public static async Task<HelmCli> InstallAsync(ClusterEnvironment cluster)
    {
        var install = await RunAsync("bash", [Path.Combine(cluster.Root, "eng", "install-tools.sh")], new Dictionary<string, string>(), TimeSpan.FromMinutes(5));
        if (install.ExitCode != 0)
        {
            throw new BenchFailure($"eng/install-tools.sh failed ({install.ExitCode}): {install.Stderr.Trim()}");
        }
        return new HelmCli(install.Stdout.Trim().Split('\n')[^1], cluster);
    }

    public Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments)
    {
        var tools = Path.GetDirectoryName(Path.GetDirectoryName(binary))!;
        var environment = new Dictionary<string, string>
        {
            ["HELM_CACHE_HOME"] = Path.Combine(tools, "helm-cache"),
            ["HELM_CONFIG_HOME"] = Path.Combine(tools, "helm-config"),
            ["HELM_DATA_HOME"] = Path.Combine(tools, "helm-data"),
        };
        return RunAsync(binary, [.. arguments, "--kubeconfig", cluster.Kubeconfig], environment, TimeSpan.FromMinutes(15));
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string file, string[] arguments, Dictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new BenchFailure($"{Path.GetFileName(file)} {string.Join(' ', arguments)} did not end within {timeout}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
