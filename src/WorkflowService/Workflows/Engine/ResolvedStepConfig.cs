using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>
/// A step's config with its placeholders replaced; <see cref="ScriptValues"/> are the values a script's placeholders
/// now refer to, and <see cref="Problems"/> say why the config could not be resolved (each names the rule).
/// </summary>
public sealed record ResolvedStepConfig(JsonObject Config, IReadOnlyDictionary<string, string> ScriptValues, IReadOnlyList<string> Problems);
