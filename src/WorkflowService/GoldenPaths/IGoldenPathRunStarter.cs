using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.GoldenPaths;

/// <summary>Starts a run of a golden path whose parameters are already validated and completed with defaults.</summary>
public interface IGoldenPathRunStarter
{
    Task<GoldenPathRunAccepted> StartAsync(GoldenPath goldenPath, JsonObject parameters, CancellationToken cancellationToken);
}
