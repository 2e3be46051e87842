using Innominatus.WorkflowService.Workflows.Kubernetes;

namespace Innominatus.UnitTests.Helm;

/// <summary>The API server's "forbidden" sentence, from the API or quoted by helm, as one line naming the missing permission.</summary>
public class KubernetesForbiddenTests
{
    [Theory]
    [InlineData(
        """namespaces "demo-app" is forbidden: User "system:serviceaccount:innominatus-system:innominatus" cannot patch resource "namespaces" in API group "" at the cluster scope""",
        "forbidden: system:serviceaccount:innominatus-system:innominatus may not patch namespaces at the cluster scope")]
    [InlineData(
        """Error: INSTALLATION FAILED: secrets is forbidden: User "bob" cannot list resource "secrets" in API group "" in the namespace "demo-app": RBAC: clusterrole.rbac.authorization.k8s.io "x" not found""",
        "forbidden: bob may not list secrets in namespace demo-app")]
    [InlineData(
        "deployments.apps \"web\" is forbidden: User \"bob\" cannot get resource \"deployments\" in API group \"apps\" in the namespace \"shop\"",
        "forbidden: bob may not get deployments (apps) in namespace shop")]
    public void The_line_names_verb_resource_and_namespace(string message, string expected) =>
        Assert.Equal($"{expected}: {KubernetesForbidden.Hint}", KubernetesForbidden.Describe(message));

    [Fact]
    public void Anything_else_is_not_described() =>
        Assert.Null(KubernetesForbidden.Describe("Error: UPGRADE FAILED: timed out waiting for the condition"));
}
