using System.Diagnostics.Metrics;
using Innominatus.ServiceDefaults.Metrics;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary><c>innominatus_workflows_executed_total{status}</c> and the step duration histogram.</summary>
public sealed class WorkflowMetrics
{
    private readonly Counter<long> executed;
    private readonly Histogram<double> stepDuration;

    public WorkflowMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(InnominatusMetrics.MeterName);
        executed = meter.CreateCounter<long>("innominatus_workflows_executed", description: "Workflow runs finished, by final status.");
        stepDuration = meter.CreateHistogram<double>("innominatus_workflow_step_duration", unit: "s", description: "How long step attempts take, by type and outcome.");
    }

    public void WorkflowFinished(string status) => executed.Add(1, new KeyValuePair<string, object?>("status", status));

    public void StepFinished(string type, string status, TimeSpan duration) =>
        stepDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("type", type), new KeyValuePair<string, object?>("status", status));
}
