using System.Text.Json;

namespace Innominatus.WorkflowService.Events;

/// <summary>One event on the live stream: its type (workflow, step, resource, log), who may see it, and its data.</summary>
public sealed record LiveEvent(string Type, string? Team, JsonElement Data);
