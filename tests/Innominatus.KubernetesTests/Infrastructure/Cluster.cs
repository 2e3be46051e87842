using k8s;
using k8s.Autorest;
using k8s.Models;

namespace Innominatus.KubernetesTests.Infrastructure;

/// <summary>The API server KUBECONFIG points at (the local kube-apiserver 1.20 in CI).</summary>
public static class Cluster
{
    private static readonly Lazy<Kubernetes> LazyClient = new(() => new Kubernetes(
        KubernetesClientConfiguration.BuildConfigFromConfigFile(Environment.GetEnvironmentVariable("KUBECONFIG"))));

    public static Kubernetes Client => LazyClient.Value;

    /// <summary>
    /// A fresh namespace per test, labelled test=yes. Without a controller manager deleted namespaces never go away,
    /// so tests do not delete them; the server's etcd is wiped at every start.
    /// </summary>
    public static async Task<string> CreateNamespaceAsync(string prefix)
    {
        var name = $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";
        await Client.CoreV1.CreateNamespaceAsync(new V1Namespace
        {
            Metadata = new V1ObjectMeta { Name = name, Labels = new Dictionary<string, string> { ["test"] = "yes" } },
        });
        return name;
    }

    /// <summary>The machine's kubectl, else the one eng/install-tools.sh unpacked next to helm.</summary>
    public static Task<ProcessResult> KubectlAsync(IEnumerable<string> arguments, string? stdin = null) =>
        ProcessRunner.RunAsync(
            File.Exists("/usr/bin/kubectl") ? "/usr/bin/kubectl" : Path.Combine(Repository.Root, ".tools", "kubectl", "kubectl"),
            arguments, stdin: stdin);

    /// <summary>GET of any object by its REST path pieces; null when the server answers 404.</summary>
    public static async Task<System.Text.Json.JsonElement?> GetAsync(string group, string version, string ns, string plural, string name)
    {
        try
        {
            return (System.Text.Json.JsonElement)await Client.CustomObjects.GetNamespacedCustomObjectAsync(group, version, ns, plural, name);
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>values-production.yaml enables a ServiceMonitor: the server needs the CRD (a stand-in from TestData).</summary>
    public static async Task EnsureServiceMonitorCrdAsync()
    {
        var existing = await Client.ApiextensionsV1.ListCustomResourceDefinitionAsync(fieldSelector: "metadata.name=servicemonitors.monitoring.coreos.com");
        if (existing.Items.Count == 0)
        {
            (await KubectlAsync(["create", "-f", Repository.TestData("servicemonitor-crd.yaml")])).EnsureSuccess();
        }
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var crd = await Client.ApiextensionsV1.ReadCustomResourceDefinitionAsync("servicemonitors.monitoring.coreos.com");
            if (crd.Status?.Conditions?.Any(c => c.Type == "Established" && c.Status == "True") == true)
            {
                return;
            }
            await Task.Delay(200);
        }
        Assert.Fail("The ServiceMonitor CRD did not become Established within 10 s.");
    }
}
