using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Engine;

namespace Innominatus.WorkflowService.GoldenPaths;

/// <summary>Records accepted runs in memory only; stands in until runs are persisted and published through the outbox.</summary>
public sealed class InMemoryGoldenPathRunStarter(TimeProvider time) : IGoldenPathRunStarter
{
    private readonly ConcurrentDictionary<Guid, GoldenPathRunAccepted> _runs = new();

    public IReadOnlyCollection<GoldenPathRunAccepted> Runs => [.. _runs.Values];

    public Task<GoldenPathRunAccepted> StartAsync(GoldenPath goldenPath, JsonObject parameters, CancellationToken cancellationToken)
    {
        var accepted = new GoldenPathRunAccepted(Guid.CreateVersion7(), goldenPath.Name, SecretParameters.Masked(parameters, goldenPath.Workflow), time.GetUtcNow());
        _runs[accepted.RunId] = accepted;
        return Task.FromResult(accepted);
    }
}
