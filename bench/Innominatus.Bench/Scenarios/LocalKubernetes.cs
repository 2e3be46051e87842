using System.Diagnostics;

namespace Innominatus.Bench.Scenarios;

/// <summary>
/// The kube-apiserver to deploy to: KUBECONFIG's when set, else a scratch one from eng/k8s-local-up.sh (etcd plus a
/// kube-apiserver built once from Debian's sources, cached in ~/.cache/k8s-local), stopped again on dispose.
/// </summary>
public sealed class LocalKubernetes(string kubeconfig, string? state) : IDisposable
{
    public string Kubeconfig { get; } = kubeconfig;

    /// <summary>Whether the bench started the cluster itself, so nothing else has put objects into it.</summary>
    public bool Scratch => state is not null;

    public static LocalKubernetes Start()
    {
        if (Environment.GetEnvironmentVariable("KUBECONFIG") is { Length: > 0 } given)
        {
            return File.Exists(given) ? new LocalKubernetes(given, null) : throw new BenchFailure($"starting: KUBECONFIG {given} does not exist");
        }
        var state = Directory.CreateTempSubdirectory("innominatus-bench-k8s-").FullName;
        var start = new ProcessStartInfo("bash", [Script("k8s-local-up.sh"), state]) { RedirectStandardOutput = true, RedirectStandardError = true };
        // Free ports rather than the script's defaults: other jobs on a shared machine run API servers of their own.
        if (!start.Environment.ContainsKey("K8S_PORT"))
        {
            start.Environment["K8S_PORT"] = FreePort(16443, 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (!start.Environment.ContainsKey("ETCD_PORT"))
        {
            start.Environment["ETCD_PORT"] = FreePort(23790, 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            new LocalKubernetes("", state).Dispose();
            throw new BenchFailure($"starting: eng/k8s-local-up.sh failed ({process.ExitCode}): {output.Trim().Split('\n')[^1]} {errors.Result.Trim()}");
        }
        return new LocalKubernetes(Path.Combine(state, "kubeconfig"), state);
    }

    public void Dispose()
    {
        if (state is null)
        {
            return;
        }
        using var process = Process.Start(new ProcessStartInfo("bash", [Script("k8s-local-down.sh"), state]))!;
        process.WaitForExit();
        Directory.Delete(state, recursive: true);
    }

    private static string Script(string name) =>
        Path.GetFullPath(Path.Combine("eng", name)) is var path && File.Exists(path)
            ? path
            : throw new BenchFailure($"starting: run the bench from the repository root: eng/{name} starts the local kube-apiserver");

    /// <summary>The first port from <paramref name="port"/> up that is free, and with it port + <paramref name="offset"/> (etcd's peer port).</summary>
    private static int FreePort(int port, int offset)
    {
        while (!LocalPorts.IsFree(port) || (offset > 0 && !LocalPorts.IsFree(port + offset)))
        {
            port++;
        }
        return port;
    }
}
