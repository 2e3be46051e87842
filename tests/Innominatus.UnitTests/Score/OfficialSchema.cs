using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Innominatus.UnitTests.Score;

/// <summary>The official score-v1b1.json, evaluated by JsonSchema.Net (draft 2020-12), as the reference verdict.</summary>
public static class OfficialSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(ScoreSamples.SchemaPath)));

    /// <summary>
    /// The schema's verdict on a document. innominatus' <c>workflows</c> extension is taken out first: it is the one
    /// intended difference from the official schema.
    /// </summary>
    public static bool Accepts(JsonNode? document)
    {
        var copy = document?.DeepClone();
        if (copy is JsonObject map)
            map.Remove("workflows");
        using var json = JsonDocument.Parse(copy?.ToJsonString() ?? "null");
        return Schema.Value.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }
}
