using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>Option 3 of the guide: three replicas, HPA 3..10, external HA database.</summary>
public sealed class HighAvailabilityTests
{
    private static readonly string[] Deployments = ["innominatus", "innominatus-workflow", "innominatus-identity", "innominatus-demo"];

    [Fact]
    public async Task Every_service_gets_an_autoscaler_from_3_to_10()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.HighAvailability);

        Assert.Equal(4, rendered.OfKind("HorizontalPodAutoscaler").Count());
        foreach (var name in Deployments)
        {
            var hpa = rendered.Get<V2HorizontalPodAutoscaler>("HorizontalPodAutoscaler", name);
            Assert.Equal((3, 10), (hpa.Spec.MinReplicas, hpa.Spec.MaxReplicas));
            Assert.Equal(("Deployment", name), (hpa.Spec.ScaleTargetRef.Kind, hpa.Spec.ScaleTargetRef.Name));
            Assert.Equal(80, Assert.Single(hpa.Spec.Metrics).Resource.Target.AverageUtilization);
            // The autoscaler owns the replica count; a fixed one would fight it on every upgrade.
            Assert.Null(rendered.Get<V1Deployment>("Deployment", name).Spec.Replicas);
        }
    }

    [Fact]
    public async Task Every_service_gets_a_disruption_budget_keeping_two_available()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.HighAvailability);

        foreach (var name in Deployments)
        {
            var budget = rendered.Single("PodDisruptionBudget", name);
            Assert.Equal("policy/v1", budget.ApiVersion);
            var pdb = budget.As<V1PodDisruptionBudget>();
            Assert.Equal("2", pdb.Spec.MinAvailable.Value);
            Assert.Equal(rendered.Get<V1Deployment>("Deployment", name).Spec.Selector.MatchLabels, pdb.Spec.Selector.MatchLabels);
        }
    }

    [Fact]
    public async Task Requests_from_the_command_line_reach_every_container()
    {
        var rendered = await Helm.TemplateAsync(GuideOptions.HighAvailability);

        foreach (var name in Deployments)
        {
            var requests = Containers.Only(rendered.Get<V1Deployment>("Deployment", name)).Resources.Requests;
            Assert.Equal(("512Mi", "500m"), (requests["memory"].ToString(), requests["cpu"].ToString()));
        }
    }

    [Fact]
    public async Task A_single_replica_gets_no_disruption_budget_because_it_would_block_node_drains()
    {
        var rendered = await Helm.TemplateAsync();

        Assert.Empty(rendered.OfKind("PodDisruptionBudget"));
        Assert.Empty(rendered.OfKind("HorizontalPodAutoscaler"));
        Assert.Equal(1, rendered.Get<V1Deployment>("Deployment", "innominatus").Spec.Replicas);
    }
}
