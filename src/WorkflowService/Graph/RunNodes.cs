using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.WorkflowService.Graph;

/// <summary>A run and its steps as graph nodes, with the steps' depends-on edges: shared by the application and run graphs.</summary>
internal static class RunNodes
{
    /// <param name="parent">The node the run hangs from (its resource or application); none for a run's own graph.</param>
    public static void Add(GraphParts graph, WorkflowExecution run, string id, string? parent)
    {
        graph.Add(new GraphNode(id, GraphNodeKinds.Run, run.Id.ToString(), run.Name, run.State, run.Operation ?? run.Kind,
            StartedAt: run.CreatedAt, FinishedAt: run.FinishedAt, DurationSeconds: Durations.Seconds(run.CreatedAt, run.FinishedAt)));
        if (parent is not null)
        {
            graph.Link(parent, id, GraphEdgeKinds.RunBy);
        }
        var steps = run.Steps.OrderBy(s => s.Position).Select((s, i) => (Step: s, Id: $"{id}_s{i + 1}")).ToList();
        var byName = steps.ToDictionary(s => s.Step.Name, s => s.Id, StringComparer.Ordinal);
        foreach (var (step, stepId) in steps)
        {
            graph.Link(id, graph.Add(new GraphNode(stepId, GraphNodeKinds.Step, step.Name, step.Name, step.State, step.Type,
                StartedAt: step.StartedAt, FinishedAt: step.FinishedAt, DurationSeconds: Durations.Seconds(step.StartedAt, step.FinishedAt))), GraphEdgeKinds.HasStep);
        }
        foreach (var (step, stepId) in steps)
        {
            foreach (var dependency in step.DependsOn.Where(byName.ContainsKey))
            {
                graph.Link(stepId, byName[dependency], GraphEdgeKinds.DependsOn);
            }
        }
    }
}
