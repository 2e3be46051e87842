using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Innominatus.ServiceTests.Applications;
using Innominatus.ServiceTests.Infrastructure;

namespace Innominatus.ServiceTests.Workflows;

/// <summary>One trace per request: the spans of the steps a request started belong to the trace the caller sent.</summary>
public sealed class TracingTests : IDisposable
{
    private readonly ConcurrentBag<Activity> recorded = [];
    private readonly ActivityListener listener;

    public TracingTests()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Innominatus" or "MassTransit" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = recorded.Add,
        };
        ActivitySource.AddActivityListener(listener);
    }

    [Fact]
    public async Task The_steps_of_a_golden_path_run_are_spans_in_the_trace_of_the_request_that_started_it()
    {
        await using var engine = await EngineHost.StartAsync(new Dictionary<string, string> { ["traced"] = "  - {name: first, type: noop}\n  - {name: second, type: noop, dependsOn: [first]}\n" });
        var trace = ActivityTraceId.CreateRandom();
        engine.Client.DefaultRequestHeaders.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        await engine.WaitForAsync(await engine.RunAsync("traced"), "succeeded");

        var steps = await StepSpansAsync(trace, 2);
        Assert.Equal(["step first", "step second"], steps.Select(s => s.DisplayName).Order());
    }

    [Fact]
    public async Task A_resource_workflow_started_through_the_outbox_and_the_broker_stays_in_the_trace_of_the_submission()
    {
        await using var system = await WorkflowApi.StartAsync(new Dictionary<string, string> { ["Workloads:Deploy"] = "false" });
        using var alice = system.As("alice", "team-a");
        var trace = ActivityTraceId.CreateRandom();
        alice.DefaultRequestHeaders.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        var response = await alice.PostAsync("/api/applications", new StringContent(Specs.WithType("traced", "redis"), Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var first = Assert.Single(await StepSpansAsync(trace, 1), s => s.DisplayName == "step generate-credentials");
        Assert.Equal(trace, first.TraceId);
    }

    private async Task<List<Activity>> StepSpansAsync(ActivityTraceId trace, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var steps = recorded.Where(a => a.TraceId == trace && a.Source.Name == "Innominatus" && a.DisplayName.StartsWith("step ", StringComparison.Ordinal)).ToList();
            if (steps.Count >= atLeast || DateTime.UtcNow > deadline)
            {
                Assert.True(steps.Count >= atLeast, $"{steps.Count} step span(s) in trace {trace}; spans seen: {string.Join(", ", recorded.Select(a => $"{a.Source.Name}:{a.DisplayName}@{a.TraceId}").Take(30))}");
                return steps;
            }
            await Task.Delay(100);
        }
    }

    public void Dispose() => listener.Dispose();
}
