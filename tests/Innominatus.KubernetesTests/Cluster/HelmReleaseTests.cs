using System.Text;
using System.Text.Json;
using Innominatus.KubernetesTests.Infrastructure;
using k8s;

namespace Innominatus.KubernetesTests.Cluster;

/// <summary>
/// helm install, upgrade and rollback against the real kube-apiserver 1.20. Pods never run there (no kubelet), so
/// the tests assert on releases and objects, not on running services.
/// </summary>
public sealed class HelmReleaseTests
{
    [KubernetesFact]
    public async Task Install_upgrade_and_rollback_keep_the_release_history_and_objects()
    {
        var ns = await Infrastructure.Cluster.CreateNamespaceAsync("helm");
        var release = Helm.ReleaseName("inno");
        var fullname = $"{release}-innominatus";
        try
        {
            (await Helm.RunAsync(["install", release, Repository.Chart, "-n", ns, .. GuideOptions.BundledPostgres])).EnsureSuccess();
            Assert.Equal([(1, "deployed")], await HistoryAsync(release, ns));
            var apps = Infrastructure.Cluster.Client.AppsV1;
            Assert.Equal(1, (await apps.ReadNamespacedDeploymentAsync(fullname, ns)).Spec.Replicas);
            Assert.NotNull(await apps.ReadNamespacedStatefulSetAsync($"{fullname}-postgresql", ns));
            var secret = await Infrastructure.Cluster.Client.CoreV1.ReadNamespacedSecretAsync($"{fullname}-rabbitmq", ns);
            var brokerPassword = Encoding.UTF8.GetString(secret.Data["password"]);

            (await Helm.RunAsync("upgrade", release, Repository.Chart, "-n", ns, "--reuse-values", "--set", "replicaCount=2")).EnsureSuccess();
            Assert.Equal([(1, "superseded"), (2, "deployed")], await HistoryAsync(release, ns));
            Assert.Equal(2, (await apps.ReadNamespacedDeploymentAsync(fullname, ns)).Spec.Replicas);
            // Kubernetes 1.20 serves no policy/v1: the chart must have picked v1beta1 from the server's API list.
            var budget = await Infrastructure.Cluster.GetAsync("policy", "v1beta1", ns, "poddisruptionbudgets", fullname);
            Assert.Equal(1, budget!.Value.GetProperty("spec").GetProperty("minAvailable").GetInt32());
            secret = await Infrastructure.Cluster.Client.CoreV1.ReadNamespacedSecretAsync($"{fullname}-rabbitmq", ns);
            Assert.Equal(brokerPassword, Encoding.UTF8.GetString(secret.Data["password"])); // generated once, kept

            (await Helm.RunAsync("rollback", release, "1", "-n", ns)).EnsureSuccess();
            Assert.Equal([(1, "superseded"), (2, "superseded"), (3, "deployed")], await HistoryAsync(release, ns));
            Assert.Equal(1, (await apps.ReadNamespacedDeploymentAsync(fullname, ns)).Spec.Replicas);
            Assert.Null(await Infrastructure.Cluster.GetAsync("policy", "v1beta1", ns, "poddisruptionbudgets", fullname));
        }
        finally
        {
            await Helm.RunAsync("uninstall", release, "-n", ns);
        }
    }

    [KubernetesFact]
    public async Task Release_named_innominatus_creates_the_objects_the_guide_inspects()
    {
        var ns = await Infrastructure.Cluster.CreateNamespaceAsync("guide");
        try
        {
            (await Helm.RunAsync(["install", "innominatus", Repository.Chart, "-n", ns, .. GuideOptions.BundledPostgres])).EnsureSuccess();

            var core = Infrastructure.Cluster.Client.CoreV1;
            Assert.Equal(8081, Assert.Single((await core.ReadNamespacedServiceAsync("innominatus", ns)).Spec.Ports).Port);
            Assert.Equal("myStrongPassword123", Encoding.UTF8.GetString((await core.ReadNamespacedSecretAsync("innominatus-postgresql", ns)).Data["password"]));
            Assert.NotNull(await Infrastructure.Cluster.Client.RbacAuthorizationV1.ReadClusterRoleAsync("innominatus"));
            var binding = await Infrastructure.Cluster.Client.RbacAuthorizationV1.ReadClusterRoleBindingAsync("innominatus");
            Assert.Equal(("innominatus-demo", ns), (binding.Subjects.Single().Name, binding.Subjects.Single().NamespaceProperty));
            // The guide's `kubectl get pod -l app.kubernetes.io/name=innominatus` finds every service, each with /app/innominatus-ctl.
            var services = await Infrastructure.Cluster.Client.AppsV1.ListNamespacedDeploymentAsync(ns, labelSelector: "app.kubernetes.io/name=innominatus");
            Assert.Equal(["innominatus", "innominatus-demo", "innominatus-identity", "innominatus-web", "innominatus-workflow"], services.Items.Select(d => d.Metadata.Name).Order());
            var gateway = await Infrastructure.Cluster.Client.AppsV1.ListNamespacedDeploymentAsync(ns, labelSelector: "app.kubernetes.io/name=innominatus,app.kubernetes.io/component=gateway");
            Assert.Equal(["innominatus"], gateway.Items.Select(d => d.Metadata.Name));
        }
        finally
        {
            await Helm.RunAsync("uninstall", "innominatus", "-n", ns);
        }
    }

    private static async Task<List<(int Revision, string Status)>> HistoryAsync(string release, string ns)
    {
        var result = (await Helm.RunAsync("history", release, "-n", ns, "-o", "json")).EnsureSuccess();
        using var history = JsonDocument.Parse(result.Stdout);
        return history.RootElement.EnumerateArray()
            .Select(r => (r.GetProperty("revision").GetInt32(), r.GetProperty("status").GetString()!))
            .ToList();
    }
}
