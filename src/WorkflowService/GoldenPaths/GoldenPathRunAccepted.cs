using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.GoldenPaths;

/// <param name="WorkflowRunId">The workflow run it started (<c>/api/workflows/{id}</c>), when the engine runs it.</param>
public sealed record GoldenPathRunAccepted(Guid RunId, string GoldenPath, JsonObject Parameters, DateTimeOffset RequestedAt, Guid? WorkflowRunId = null);
