using Innominatus.KubernetesTests.Infrastructure;
using k8s.Models;

namespace Innominatus.KubernetesTests.Chart;

/// <summary>
/// The engine's limits, retention, leases, stuck-resource sweep and message retries are the operator's to set: a value
/// given reaches the services that read it as its configuration key's variable, and one left unset renders nothing,
/// so the service's own default applies.
/// </summary>
public sealed class EngineSettingsTests
{
    private static readonly string[] Services = ["innominatus", "innominatus-workflow", "innominatus-identity", "innominatus-demo"];

    [Fact]
    public async Task By_default_no_engine_setting_is_rendered_and_the_services_keep_their_defaults()
    {
        var rendered = await Helm.TemplateAsync();

        foreach (var service in Services)
        {
            var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", service));
            Assert.DoesNotContain(container.Env, e => IsEngineSetting(e.Name));
        }
    }

    [Fact]
    public async Task Each_setting_given_reaches_the_workflow_service_as_its_configuration_key()
    {
        var rendered = await Helm.TemplateAsync(
            "--set", "workflows.limits.maxStepTimeout=6h",
            "--set", "workflows.limits.maxStepLogLines=2000",
            "--set", "workflows.retention.days=0",
            "--set", "workflows.retention.batchSize=100",
            "--set", "workflows.retention.intervalMinutes=15",
            "--set", "workflows.leases.durationSeconds=60",
            "--set", "workflows.leases.heartbeatSeconds=7.5",
            "--set", "workflows.leases.reaperSeconds=2",
            "--set", "workflows.restartStuckResourcesAfterSeconds=0");

        var workflow = Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus-workflow"));
        Assert.Equal("6h", Containers.Env(workflow, "Workflows__Limits__MaxStepTimeout").Value);
        Assert.Equal("2000", Containers.Env(workflow, "Workflows__Limits__MaxStepLogLines").Value);
        Assert.Equal("0", Containers.Env(workflow, "Workflows__Retention__Days").Value);
        Assert.Equal("100", Containers.Env(workflow, "Workflows__Retention__BatchSize").Value);
        Assert.Equal("15", Containers.Env(workflow, "Workflows__Retention__IntervalMinutes").Value);
        Assert.Equal("60", Containers.Env(workflow, "Workflows__Leases__DurationSeconds").Value);
        Assert.Equal("7.5", Containers.Env(workflow, "Workflows__Leases__HeartbeatSeconds").Value);
        Assert.Equal("2", Containers.Env(workflow, "Workflows__Leases__ReaperSeconds").Value);
        Assert.Equal("0", Containers.Env(workflow, "Resources__RestartStuckAfterSeconds").Value);
        foreach (var other in new[] { "innominatus", "innominatus-identity", "innominatus-demo" })
        {
            Assert.DoesNotContain(Containers.Only(rendered.Get<V1Deployment>("Deployment", other)).Env, e => IsEngineSetting(e.Name));
        }
    }

    [Fact]
    public async Task Message_retries_reach_every_service_with_a_bus_and_not_the_gateway()
    {
        var rendered = await Helm.TemplateAsync(
            "--set", "messaging.retry.limit=3", "--set", "messaging.retry.minIntervalMs=500",
            "--set", "messaging.retry.maxIntervalMs=60000", "--set", "messaging.retry.deltaMs=250");

        foreach (var service in new[] { "innominatus-workflow", "innominatus-identity", "innominatus-demo" })
        {
            var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", service));
            Assert.Equal("3", Containers.Env(container, "Messaging__Retry__Limit").Value);
            Assert.Equal("500", Containers.Env(container, "Messaging__Retry__MinIntervalMs").Value);
            Assert.Equal("60000", Containers.Env(container, "Messaging__Retry__MaxIntervalMs").Value);
            Assert.Equal("250", Containers.Env(container, "Messaging__Retry__DeltaMs").Value);
        }
        Assert.DoesNotContain(Containers.Only(rendered.Get<V1Deployment>("Deployment", "innominatus")).Env, e => IsEngineSetting(e.Name));
    }

    /// <summary>A values file's numbers reach the template as floats; a large one must not arrive as 1e+07, which the service refuses.</summary>
    [Fact]
    public async Task Whole_numbers_from_a_values_file_render_as_digits()
    {
        var values = Path.Combine(Directory.CreateTempSubdirectory("innominatus-values-").FullName, "values.yaml");
        await File.WriteAllTextAsync(values, "workflows:\n  limits:\n    maxStepLogLines: 10000000\n  leases:\n    durationSeconds: 45.5\n");
        try
        {
            var workflow = Containers.Only((await Helm.TemplateAsync("-f", values)).Get<V1Deployment>("Deployment", "innominatus-workflow"));

            Assert.Equal("10000000", Containers.Env(workflow, "Workflows__Limits__MaxStepLogLines").Value);
            Assert.Equal("45.5", Containers.Env(workflow, "Workflows__Leases__DurationSeconds").Value);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(values)!, recursive: true);
        }
    }

    private static bool IsEngineSetting(string name) =>
        name.StartsWith("Workflows__Limits__", StringComparison.Ordinal) || name.StartsWith("Workflows__Retention__", StringComparison.Ordinal)
        || name.StartsWith("Workflows__Leases__", StringComparison.Ordinal) || name.StartsWith("Messaging__Retry__", StringComparison.Ordinal)
        || name == "Resources__RestartStuckAfterSeconds";
}
