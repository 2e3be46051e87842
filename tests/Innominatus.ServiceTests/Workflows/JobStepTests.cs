using System.Text;
using Innominatus.ServiceTests.Infrastructure;
using k8s;
using k8s.Models;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>
/// Process steps as Kubernetes Jobs against the local kube-apiserver (with kube-controller-manager when eng/test.sh
/// starts one). Without a kubelet no pod runs, so these check what the engine creates and that it cleans up.
/// </summary>
public class JobStepTests
{
    private const string Value = "value-only-in-the-secret";

    [KubernetesFact]
    public async Task A_script_step_becomes_a_locked_down_Job_with_its_values_in_owned_Secrets_and_cancel_deletes_them()
    {
        var ns = LocalCluster.NewNamespace();
        using var cluster = LocalCluster.Client();
        await cluster.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = ns } });
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string>
            {
                ["job"] = $"parameters:\n  who: {{type: string, default: {Value}}}\n---steps\n  - name: greet\n    type: script\n    timeout: 2m\n    config:\n      script: echo \"hello ${{parameters.who}}\"\n",
            },
            new Dictionary<string, string>
            {
                ["Kubernetes:Kubeconfig"] = LocalCluster.Kubeconfig!,
                ["Workflows:ProcessSteps:Runner"] = "kubernetes-job",
                ["Workflows:ProcessSteps:JobImage"] = "innominatus/tools:1",
                ["Workflows:ProcessSteps:JobNamespace"] = ns,
                ["Workflows:ProcessSteps:JobClusterRole"] = "innominatus-step",
            });

        var run = await engine.RunAsync("job");
        var job = await Eventually.ValueAsync(async () => (await cluster.BatchV1.ListNamespacedJobAsync(ns, labelSelector: "innominatus.dev/run=" + run.ToString("N"))).Items.SingleOrDefault());
        var secrets = await Eventually.ValueAsync(async () =>
        {
            var items = (await cluster.CoreV1.ListNamespacedSecretAsync(ns, labelSelector: "innominatus.dev/step=greet")).Items;
            return items.Count == 2 && items.All(s => s.Metadata.OwnerReferences?.Any(o => o.Uid == job.Metadata.Uid) == true) ? items : null;
        });
        var account = await cluster.CoreV1.ReadNamespacedServiceAccountAsync("innominatus-step", ns);
        var binding = await cluster.RbacAuthorizationV1.ReadNamespacedRoleBindingAsync("innominatus-step", ns);
        (await engine.Client.PostAsync($"/api/workflows/{run}/cancel", null)).EnsureSuccessStatusCode();
        await engine.WaitForAsync(run, "cancelled", seconds: 30);
        var jobsLeft = await Eventually.ValueAsync(async () => (await cluster.BatchV1.ListNamespacedJobAsync(ns, labelSelector: "innominatus.dev/run=" + run.ToString("N"))).Items is { Count: 0 } none ? none : null);
        // The engine deletes the Secrets after the Job; an API server without a garbage collector keeps what it misses.
        var secretsLeft = await Eventually.ValueAsync(async () => (await cluster.CoreV1.ListNamespacedSecretAsync(ns, labelSelector: "innominatus.dev/step=greet")).Items is { Count: 0 } none ? none : null);

        var container = job.Spec.Template.Spec.Containers.Single();
        Assert.Equal((0, 120L, "innominatus-step"), (job.Spec.BackoffLimit, job.Spec.ActiveDeadlineSeconds, job.Spec.Template.Spec.ServiceAccountName));
        Assert.Equal((true, false, 65532L), (container.SecurityContext.ReadOnlyRootFilesystem, container.SecurityContext.AllowPrivilegeEscalation, container.SecurityContext.RunAsUser));
        Assert.DoesNotContain(Value, KubernetesJson.Serialize(job), StringComparison.Ordinal);
        var env = secrets.Single(s => s.Metadata.Name.EndsWith("-env", StringComparison.Ordinal));
        Assert.Equal(Value, Encoding.UTF8.GetString(env.Data["INNOMINATUS_VALUE_1"]));
        Assert.Equal("/dev/termination-log", Encoding.UTF8.GetString(env.Data["INNOMINATUS_OUTPUTS"]));
        Assert.Equal(("innominatus", "innominatus-step"), (account.Metadata.Labels["app.kubernetes.io/managed-by"], binding.RoleRef.Name));
        Assert.Empty(jobsLeft);
        Assert.Empty(secretsLeft);
        Assert.Contains(await engine.LogLinesAsync(run, "greet"), l => l.StartsWith("deleting Job " + job.Metadata.Name, StringComparison.Ordinal));
    }

    [KubernetesFact]
    public async Task A_namespace_parameter_naming_a_reserved_namespace_fails_the_step_before_any_Job_exists()
    {
        await using var engine = await EngineHost.StartAsync(
            new Dictionary<string, string> { ["sys"] = "parameters:\n  namespace: {type: string, default: kube-system}\n---steps\n  - {name: s, type: script, config: {script: id}}\n" },
            new Dictionary<string, string>
            {
                ["Kubernetes:Kubeconfig"] = LocalCluster.Kubeconfig!,
                ["Workflows:ProcessSteps:Runner"] = "kubernetes-job",
                ["Workflows:ProcessSteps:JobImage"] = "innominatus/tools:1",
            });

        var run = await engine.WaitForAsync(await engine.RunAsync("sys"), "failed");
        using var cluster = LocalCluster.Client();

        Assert.StartsWith("namespace 'kube-system' is reserved", EngineHost.Step(run, "s").GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Empty((await cluster.BatchV1.ListNamespacedJobAsync("kube-system", labelSelector: "app.kubernetes.io/managed-by=innominatus")).Items);
    }
}
