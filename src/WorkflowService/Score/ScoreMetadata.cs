using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Score;

/// <summary>The workload's metadata; Document also holds the extra keys Score allows beside name and annotations.</summary>
public sealed record ScoreMetadata(string Name, IReadOnlyDictionary<string, string> Annotations, JsonObject Document);
