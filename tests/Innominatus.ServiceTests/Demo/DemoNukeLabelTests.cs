using System.Diagnostics;
using Innominatus.ServiceTests.Infrastructure;
using k8s;
using k8s.Models;

namespace Innominatus.ServiceTests.Demo;

/// <summary>
/// demo-nuke acts only where demo-time did: a catalogue namespace that exists without the demo label (someone made a
/// namespace of that name) is left, with the release in it, and the run's log says so.
/// </summary>
public sealed class DemoNukeLabelTests
{
    [HelmFact]
    public async Task Demo_nuke_leaves_a_same_named_namespace_without_the_demo_label_and_its_release()
    {
        var prefix = LocalCluster.NewNamespace();
        var ns = $"{prefix}-other";
        using var cluster = LocalCluster.Client();
        var catalogue = $$"""
            components:
              - name: other
                namespace: {{ns}}
                chart: {name: charts/settings}
                health: {deployment: other}
            """;
        await using var stack = await DemoStack.StartAsync(prefix, catalogue);
        await cluster.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = ns, Labels = new Dictionary<string, string> { ["team"] = "theirs" } } });
        await HelmInstallAsync("other", ns, Path.Combine(stack.Root, "charts", "settings"));

        var nuke = await stack.RunAsync("/api/demo/nuke", new { confirm = true });

        Assert.Equal("succeeded", nuke.GetProperty("state").GetString());
        Assert.Null((await cluster.CoreV1.ReadNamespaceAsync(ns)).Metadata.DeletionTimestamp);
        Assert.Equal(new Dictionary<string, string> { ["other"] = "1" }, await DemoStack.ReleasesAsync(cluster, prefix));
        Assert.Contains($"left Namespace/{ns}: it does not carry the label innominatus.dev/demo=true, so this step did not make it and does not delete it",
            await stack.LogAsync(nuke, $"delete-namespace-{ns}"));
        Assert.Contains($"left release other: namespace {ns} does not carry the label innominatus.dev/demo=true, so the release is not uninstalled",
            await stack.LogAsync(nuke, "uninstall-other"));
        await cluster.CoreV1.DeleteNamespaceAsync(ns);
    }

    /// <summary>Someone else's release, installed with helm directly.</summary>
    private static async Task HelmInstallAsync(string release, string ns, string chart)
    {
        var home = Directory.CreateTempSubdirectory("helm-home-").FullName;
        var start = new ProcessStartInfo(HelmFactAttribute.Binary!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "upgrade", "--install", $"--namespace={ns}", "--", release, chart })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["KUBECONFIG"] = LocalCluster.Kubeconfig;
        start.Environment["HOME"] = home;
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Directory.Delete(home, recursive: true);
        Assert.True(process.ExitCode == 0, output);
    }
}
