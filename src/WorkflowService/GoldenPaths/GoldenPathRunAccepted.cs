using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.GoldenPaths;

public sealed record GoldenPathRunAccepted(Guid RunId, string GoldenPath, JsonObject Parameters, DateTimeOffset RequestedAt);
