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

    /// <summary>Value, the variable it becomes (its configuration key), a value to give it.</summary>
    private static readonly (string Value, string Variable, string Given)[] WorkflowSettings =
    [
        ("workflows.limits.maxStepTimeout", "Workflows__Limits__MaxStepTimeout", "6h"),
        ("workflows.limits.maxStepLogLines", "Workflows__Limits__MaxStepLogLines", "2000"),
        ("workflows.retention.days", "Workflows__Retention__Days", "0"),
        ("workflows.retention.batchSize", "Workflows__Retention__BatchSize", "100"),
        ("workflows.retention.intervalMinutes", "Workflows__Retention__IntervalMinutes", "15"),
        ("workflows.leases.durationSeconds", "Workflows__Leases__DurationSeconds", "60"),
        ("workflows.leases.heartbeatSeconds", "Workflows__Leases__HeartbeatSeconds", "7.5"),
        ("workflows.leases.reaperSeconds", "Workflows__Leases__ReaperSeconds", "2"),
        ("workflows.fairness.maxTeamShare", "Workflows__Fairness__MaxTeamShare", "0.25"),
        ("workflows.fairness.reservedSlots", "Workflows__Fairness__ReservedSlots", "4"),
        ("workflows.fairness.maxWaitingSteps", "Workflows__Fairness__MaxWaitingSteps", "5000"),
        ("workflows.restartStuckResourcesAfterSeconds", "Resources__RestartStuckAfterSeconds", "0"),
    ];

    private static readonly (string Value, string Variable, string Given)[] RetrySettings =
    [
        ("messaging.retry.limit", "Messaging__Retry__Limit", "3"),
        ("messaging.retry.minIntervalMs", "Messaging__Retry__MinIntervalMs", "500"),
        ("messaging.retry.maxIntervalMs", "Messaging__Retry__MaxIntervalMs", "60000"),
        ("messaging.retry.deltaMs", "Messaging__Retry__DeltaMs", "250"),
    ];

    [Fact]
    public async Task Each_setting_given_reaches_the_workflow_service_as_its_configuration_key()
    {
        var rendered = await Helm.TemplateAsync(Arguments(WorkflowSettings));

        AssertRendered(rendered, "innominatus-workflow", WorkflowSettings);
        foreach (var other in new[] { "innominatus", "innominatus-identity", "innominatus-demo" })
        {
            Assert.DoesNotContain(Containers.Only(rendered.Get<V1Deployment>("Deployment", other)).Env, e => IsEngineSetting(e.Name));
        }
    }

    [Fact]
    public async Task Message_retries_reach_every_service_with_a_bus_and_not_the_gateway()
    {
        var rendered = await Helm.TemplateAsync(Arguments(RetrySettings));

        foreach (var service in new[] { "innominatus-workflow", "innominatus-identity", "innominatus-demo" })
        {
            AssertRendered(rendered, service, RetrySettings);
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

    private static string[] Arguments((string Value, string Variable, string Given)[] settings) =>
        settings.SelectMany(s => new[] { "--set", $"{s.Value}={s.Given}" }).ToArray();

    private static void AssertRendered(RenderedObjects rendered, string deployment, (string Value, string Variable, string Given)[] settings)
    {
        var container = Containers.Only(rendered.Get<V1Deployment>("Deployment", deployment));
        foreach (var (_, variable, given) in settings)
        {
            Assert.Equal(given, Containers.Env(container, variable).Value);
        }
    }

    private static bool IsEngineSetting(string name) =>
        name.StartsWith("Workflows__Limits__", StringComparison.Ordinal) || name.StartsWith("Workflows__Retention__", StringComparison.Ordinal)
        || name.StartsWith("Workflows__Leases__", StringComparison.Ordinal) || name.StartsWith("Messaging__Retry__", StringComparison.Ordinal)
        || name == "Resources__RestartStuckAfterSeconds";
}
