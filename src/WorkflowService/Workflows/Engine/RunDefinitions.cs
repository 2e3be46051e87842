using Innominatus.WorkflowService.Workflows.Definitions;
using Microsoft.Extensions.Caching.Memory;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// A run's definition, read once: it never changes after the run is created, and every claim and outcome of its steps
/// needs it. Bounded, so a long-lived replica keeps only the runs it is working on.
/// </summary>
public sealed class RunDefinitions : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public WorkflowDefinition Of(WorkflowExecution execution) =>
        cache.GetOrCreate(execution.Id, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromMinutes(10);
            return DefinitionJson.Deserialize(execution.Definition);
        })!;

    public void Dispose() => cache.Dispose();
}
