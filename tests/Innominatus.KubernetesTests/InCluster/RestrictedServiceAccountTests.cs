using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Innominatus.KubernetesTests.InCluster;

/// <summary>
/// The workflow service without its ClusterRole (rbac.workflow.create=false): a deployment fails with the forbidden
/// error the guide's troubleshooting section shows, naming what is missing; restoring the value restores deployments.
/// </summary>
[Collection(InClusterCollection.Name)]
public class RestrictedServiceAccountTests
{
    private const string Spec = """
        apiVersion: score.dev/v1b1
        metadata:
          name: locked
        containers:
          web:
            image: innominatus/test-http:1
        """;

    [ClusterFact]
    public async Task A_workflow_service_without_its_role_reports_the_forbidden_permission()
    {
        var restricted = await InstalledRelease.InstallOrUpgradeAsync("--set", "rbac.workflow.create=false");
        Assert.True(restricted.ExitCode == 0, restricted.Stderr);
        try
        {
            using var developer = await ClusterGateway.TeamMemberAsync("locked-team", "lars");
            await ClusterGateway.EnsureAsync(await developer.PostAsync("/api/applications", new StringContent(Spec, Encoding.UTF8, "application/yaml")));
            var runs = await ClusterGateway.WaitForRunsAsync(developer, "locked", count: 1, TimeSpan.FromMinutes(4), allowFailure: true);
            var run = await developer.GetFromJsonAsync<JsonElement>($"/api/workflows/{runs[0].GetProperty("id")}");
            var errors = string.Join("\n", run.GetProperty("steps").EnumerateArray()
                .Select(s => s.GetProperty("error")).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()));
            Assert.Equal("failed", run.GetProperty("state").GetString());
            Assert.Contains("forbidden", errors);
            Assert.Contains("namespaces", errors);
            Assert.Contains("system:serviceaccount:innominatus-system:innominatus-workflow", errors);
        }
        finally
        {
            var restored = await InstalledRelease.InstallOrUpgradeAsync();
            Assert.True(restored.ExitCode == 0, restored.Stderr);
        }
    }
}
