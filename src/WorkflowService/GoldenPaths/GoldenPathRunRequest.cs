using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.GoldenPaths;

public sealed record GoldenPathRunRequest(JsonObject? Parameters);
