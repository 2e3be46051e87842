using System.Net.Http.Json;
using System.Text.Json;
using Innominatus.ServiceTests.Infrastructure;
using k8s;
using k8s.Models;

namespace Innominatus.ServiceTests.Workflows.RealCluster;

/// <summary>
/// terraform and ansible steps run as Jobs on a real kubelet: the working folder travels in the Job's Secret,
/// terraform's state stays in the namespace (the kubernetes backend) for the next run, the log is the step's log.
/// </summary>
public class ToolJobOnClusterTests
{
    private const string Steps = "parameters:\n  who: {type: string, default: world}\n---steps\n";

    /// <summary>An engine whose Jobs run in a new namespace, bound to a ClusterRole with the chart's step rules for state (secrets, leases).</summary>
    private static async Task<(EngineHost Engine, IKubernetes Cluster, string Namespace, string Root)> StartAsync(string steps, string image, Action<string> fill, IReadOnlyDictionary<string, string>? more = null)
    {
        var cluster = new Kubernetes(KubernetesClientConfiguration.BuildConfigFromConfigFile(ClusterFactAttribute.Kubeconfig));
        var ns = LocalCluster.NewNamespace();
        await cluster.CoreV1.CreateNamespaceAsync(new V1Namespace { Metadata = new V1ObjectMeta { Name = ns } });
        var role = "innominatus-test-step-" + ns;
        await cluster.RbacAuthorizationV1.CreateClusterRoleAsync(new V1ClusterRole
        {
            Metadata = new V1ObjectMeta { Name = role },
            Rules =
            [
                new V1PolicyRule { ApiGroups = [""], Resources = ["secrets"], Verbs = ["get", "list", "watch", "create", "update", "delete"] },
                new V1PolicyRule { ApiGroups = ["coordination.k8s.io"], Resources = ["leases"], Verbs = ["get", "list", "create", "update", "delete"] },
            ],
        });
        var root = Directory.CreateTempSubdirectory("innominatus-tooljob-").FullName;
        fill(root);
        var goldenPaths = new Dictionary<string, string> { ["tool"] = Steps + steps };
        foreach (var (name, other) in more ?? new Dictionary<string, string>())
        {
            goldenPaths[name] = Steps + other;
        }
        var engine = await EngineHost.StartAsync(goldenPaths, new Dictionary<string, string>
        {
            ["Kubernetes:Kubeconfig"] = ClusterFactAttribute.Kubeconfig!,
            ["Workspaces:Root"] = root,
            ["Workflows:ProcessSteps:Runner"] = "kubernetes-job",
            ["Workflows:ProcessSteps:JobImage"] = image,
            ["Workflows:ProcessSteps:JobImagePullPolicy"] = "Never",
            ["Workflows:ProcessSteps:JobNamespace"] = ns,
            ["Workflows:ProcessSteps:JobClusterRole"] = role,
        });
        return (engine, cluster, ns, root);
    }

    /// <summary>The test's namespace, ClusterRole and folder go, whether it passed or not.</summary>
    private sealed class CleanUp(IKubernetes cluster, string ns, string root) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await cluster.CoreV1.DeleteNamespaceAsync(ns);
            await cluster.RbacAuthorizationV1.DeleteClusterRoleAsync("innominatus-test-step-" + ns);
            Directory.Delete(root, recursive: true);
        }
    }

    private static void TerraformModule(string root)
    {
        var module = Directory.CreateDirectory(Path.Combine(root, "infra", "modules", "echo")).FullName;
        File.WriteAllText(Path.Combine(module, "main.tf"), "variable \"text\" { type = string }\noutput \"text\" { value = var.text }\n");
        // Only Terraform's built-in provider, and a local module in a subfolder: nothing is downloaded.
        File.WriteAllText(Path.Combine(root, "infra", "main.tf"), """
            variable "who" { type = string }
            resource "terraform_data" "greeting" { input = "hello ${var.who}" }
            module "echo" {
              source = "./modules/echo"
              text   = "from a subfolder"
            }
            output "greeting" { value = terraform_data.greeting.output }
            output "id" { value = terraform_data.greeting.id }
            output "echoed" { value = module.echo.text }
            output "internal_note" {
              value     = "s3cr3t"
              sensitive = true
            }
            """);
    }

    [ClusterFact]
    public async Task A_terraform_Job_applies_publishes_masked_outputs_and_the_next_run_finds_its_state_in_the_namespace()
    {
        var (engine, cluster, ns, root) = await StartAsync(
            "  - name: apply\n    type: terraform\n    timeout: 5m\n    config: {workingDir: infra, vars: {who: \"${parameters.who}\"}}\n", ClusterFactAttribute.JobImage, TerraformModule);
        await using var _ = engine;
        await using var cleanUp = new CleanUp(cluster, ns, root);

        var first = await engine.WaitForAsync(await engine.RunAsync("tool"), "succeeded", seconds: 300);
        var state = (await cluster.CoreV1.ListNamespacedSecretAsync(ns, labelSelector: "tfstate=true")).Items.Select(s => s.Metadata.Name).ToList();
        var second = await engine.WaitForAsync(await NextRunAsync(engine, first), "succeeded", seconds: 300);

        var outputs = EngineHost.Step(first, "apply").GetProperty("outputs");
        Assert.Equal(("hello world", "from a subfolder", "(sensitive)"),
            (outputs.GetProperty("greeting").GetString(), outputs.GetProperty("echoed").GetString(), outputs.GetProperty("internal_note").GetString()));
        Assert.Contains(await engine.LogLinesAsync(first.GetProperty("id").GetGuid(), "apply"), l => l.Contains("Apply complete! Resources: 1 added", StringComparison.Ordinal));
        Assert.StartsWith("tfstate-default-tool-apply-h", Assert.Single(state), StringComparison.Ordinal);
        // A lost state would create the resource again, with a new id.
        Assert.Equal(outputs.GetProperty("id").GetString(), EngineHost.Step(second, "apply").GetProperty("outputs").GetProperty("id").GetString());
        Assert.Contains(await engine.LogLinesAsync(second.GetProperty("id").GetGuid(), "apply"), l => l.Contains("Apply complete! Resources: 0 added, 0 changed, 0 destroyed", StringComparison.Ordinal));
    }

    [ClusterFact]
    public async Task An_ansible_Job_runs_the_playbook_with_the_steps_vars_and_its_output_is_the_step_log()
    {
        var (engine, cluster, ns, root) = await StartAsync(
            "  - name: play\n    type: ansible\n    timeout: 5m\n    config: {workingDir: site, playbook: site.yml, vars: {who: \"${parameters.who}\"}}\n", ClusterFactAttribute.JobImage, root =>
            {
                Directory.CreateDirectory(Path.Combine(root, "site"));
                File.WriteAllText(Path.Combine(root, "site", "site.yml"), """
                    - hosts: localhost
                      connection: local
                      gather_facts: false
                      tasks:
                        - name: greet
                          ansible.builtin.debug:
                            msg: "hello {{ who }} from ansible"
                    """);
            });
        await using var _ = engine;
        await using var cleanUp = new CleanUp(cluster, ns, root);

        var run = await engine.WaitForAsync(await engine.RunAsync("tool"), "succeeded", seconds: 300);

        var log = await engine.LogLinesAsync(run.GetProperty("id").GetGuid(), "play");
        Assert.Contains(log, l => l.Contains("\"msg\": \"hello world from ansible\"", StringComparison.Ordinal));
        Assert.Contains(log, l => l.Contains("ok=1", StringComparison.Ordinal) && l.Contains("failed=0", StringComparison.Ordinal));
    }

    [ClusterFact]
    public async Task An_image_without_terraform_a_folder_too_big_for_a_Secret_a_failing_apply_and_too_many_outputs_fail_the_step_in_one_sentence()
    {
        const string apply = "  - {name: apply, type: terraform, timeout: 3m, config: {workingDir: infra}}\n";
        // One engine at a time: engines of one test process share the broker's queues.
        string? missingError;
        // The bundled postgres image has bash but no terraform.
        var (engine, cluster, ns, root) = await StartAsync(apply, "innominatus/postgres:15", TerraformModule);
        await using (engine)
        await using (new CleanUp(cluster, ns, root))
        {
            missingError = EngineHost.Step(await engine.WaitForAsync(await engine.RunAsync("tool"), "failed", seconds: 180), "apply").GetProperty("error").GetString();
        }
        var (big, bigCluster, bigNs, bigRoot) = await StartAsync(apply, ClusterFactAttribute.JobImage, root =>
        {
            TerraformModule(root);
            File.WriteAllText(Path.Combine(root, "infra", "big.tf"), "# " + new string('x', 600 * 1024) + "\n");
            Directory.CreateDirectory(Path.Combine(root, "broken"));
            File.WriteAllText(Path.Combine(root, "broken", "main.tf"), "resource \"terraform_data\" \"x\" { input = file(\"no-such-file.txt\") }\n");
            Directory.CreateDirectory(Path.Combine(root, "huge"));
            File.WriteAllText(Path.Combine(root, "huge", "main.tf"), "output \"blob\" { value = join(\"\", [for i in range(500) : \"0123456789\"]) }\n");
        }, new Dictionary<string, string>
        {
            ["broken"] = "  - {name: apply, type: terraform, timeout: 3m, config: {workingDir: broken}}\n",
            ["huge"] = "  - {name: apply, type: terraform, timeout: 3m, config: {workingDir: huge}}\n",
        });
        await using var _ = big;
        await using var cleanUp = new CleanUp(bigCluster, bigNs, bigRoot);

        var tooBig = await big.WaitForAsync(await big.RunAsync("tool"), "failed", seconds: 60);
        var jobsAfterRefusal = (await bigCluster.BatchV1.ListNamespacedJobAsync(bigNs)).Items;
        var broken = await big.WaitForAsync(await big.RunAsync("broken"), "failed", seconds: 180);
        var huge = await big.WaitForAsync(await big.RunAsync("huge"), "failed", seconds: 180);

        Assert.Equal("terraform is not installed in the step image innominatus/postgres:15: build innominatus/tools on a machine that has terraform (eng/build-images.sh) or set Workflows:ProcessSteps:JobImage to an image with it",
            missingError);
        Assert.Equal("config.workingDir is too big to carry into a Job: at most 512 KiB in 256 files", EngineHost.Step(tooBig, "apply").GetProperty("error").GetString());
        Assert.Empty(jobsAfterRefusal);
        Assert.Equal("terraform apply exited with code 1", EngineHost.Step(broken, "apply").GetProperty("error").GetString());
        Assert.Contains(await big.LogLinesAsync(broken.GetProperty("id").GetGuid(), "apply"), l => l.Contains("no-such-file.txt", StringComparison.Ordinal));
        // {"blob":"…5000 characters…"} and a newline: more than a termination message carries.
        Assert.Equal("terraform outputs take 5012 bytes, more than the 4096 a Job step can return: output less", EngineHost.Step(huge, "apply").GetProperty("error").GetString());
    }

    /// <summary>Starts the golden path again and returns the new run, not the one before (the list is newest first, once it shows the new one).</summary>
    private static async Task<Guid> NextRunAsync(EngineHost engine, JsonElement previous)
    {
        var before = previous.GetProperty("id").GetGuid();
        var id = await engine.RunAsync("tool");
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (id == before)
        {
            Assert.True(DateTime.UtcNow < deadline, "the second run did not show up within 20 s");
            await Task.Delay(200);
            var page = await engine.Client.GetFromJsonAsync<JsonElement>("/api/workflows?kind=golden-path");
            id = page.GetProperty("items").EnumerateArray().First().GetProperty("id").GetGuid();
        }
        return id;
    }
}
