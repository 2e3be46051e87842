using Innominatus.WorkflowService.Workflows.Tenancy;
using Microsoft.Extensions.Configuration;

namespace Innominatus.UnitTests.Tenancy;

public class ReservedNamespacesTests
{
    [Theory]
    [InlineData("kube-system", true)]
    [InlineData("kube-public", true)]
    [InlineData("default", true)]
    [InlineData("innominatus-system", true)]
    [InlineData("platform", true)]
    [InlineData("argocd", true)]
    [InlineData("payments", false)]
    [InlineData("kubernetes-dashboard-app", false)]
    public void Kubernetes_own_the_platforms_and_configured_namespaces_are_reserved(string ns, bool reserved)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kubernetes:ReleaseNamespace"] = "platform",
            ["Workflows:ReservedNamespaces:0"] = "argocd",
        }).Build();

        Assert.Equal(reserved, new ReservedNamespaces(configuration).IsReserved(ns));
    }
}
