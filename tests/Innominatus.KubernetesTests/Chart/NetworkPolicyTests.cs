using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

public sealed class NetworkPolicyTests
{
    [Fact]
    public async Task Guide_example_adds_its_rules_to_the_services_own()
    {
        var rendered = await Helm.TemplateAsync("-f", Repository.TestData("networkpolicy-guide-values.yaml"));

        var policy = rendered.Get<V1NetworkPolicy>("NetworkPolicy", "innominatus").Spec;
        Assert.Equal(["Ingress", "Egress"], policy.PolicyTypes);
        Assert.Contains(policy.Ingress, r => r.FromProperty?.Any(p => (p.NamespaceSelector?.MatchLabels?.TryGetValue("name", out var n) == true ? n : null) == "ingress-nginx") == true
            && r.Ports.Single().Port.Value == "8081");
        Assert.Contains(policy.Egress, r => r.To?.Any(p => (p.PodSelector?.MatchLabels?.TryGetValue("app.kubernetes.io/name", out var n) == true ? n : null) == "postgresql") == true);
        Assert.Contains(policy.Egress, r => r.Ports?.Any(p => p.Port.Value == "53" && p.Protocol == "UDP") == true);
        var data = rendered.Get<V1NetworkPolicy>("NetworkPolicy", "innominatus-data").Spec;
        Assert.Equal("innominatus", Assert.Single(Assert.Single(data.Ingress).FromProperty).PodSelector.MatchLabels["app.kubernetes.io/part-of"]);
    }

    [Fact]
    public async Task No_network_policy_unless_enabled()
    {
        var rendered = await Helm.TemplateAsync();

        Assert.Empty(rendered.OfKind("NetworkPolicy"));
    }
}
