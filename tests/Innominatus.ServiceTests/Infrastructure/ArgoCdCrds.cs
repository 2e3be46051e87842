using Innominatus.Tests;
using k8s;
using k8s.Models;

namespace Innominatus.ServiceTests.Infrastructure;

/// <summary>Installs ArgoCD's real Application CRD (tests/TestData/k8s/crds) on the local API server, once per test run.</summary>
public static class ArgoCdCrds
{
    private static readonly SemaphoreSlim Once = new(1, 1);
    private static bool installed;

    public static async Task InstallAsync(IKubernetes client)
    {
        await Once.WaitAsync();
        try
        {
            if (!installed)
            {
                await CreateAsync(client);
                installed = true;
            }
        }
        finally
        {
            Once.Release();
        }
    }

    private static async Task CreateAsync(IKubernetes client)
    {
        var crd = KubernetesYaml.Deserialize<V1CustomResourceDefinition>(await File.ReadAllTextAsync(TestDataFolder.File("k8s", "crds", "application-crd.yaml")));
        try
        {
            await client.ApiextensionsV1.CreateCustomResourceDefinitionAsync(crd);
        }
        catch (k8s.Autorest.HttpOperationException e) when (e.Response.StatusCode == System.Net.HttpStatusCode.Conflict)
        {
            // Installed by an earlier run against the same API server.
        }
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var current = await client.ApiextensionsV1.ReadCustomResourceDefinitionAsync(crd.Metadata.Name);
            if (current.Status?.Conditions?.Any(c => c.Type == "Established" && c.Status == "True") == true)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, "the ArgoCD Application CRD was not established within 30 s");
            await Task.Delay(200);
        }
    }
}
