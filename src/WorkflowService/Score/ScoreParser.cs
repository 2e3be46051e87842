using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Score;

/// <summary>
/// Reads and validates a Score v1b1 workload (YAML or JSON text) against the official schema, Score's placeholder
/// rules and innominatus' inline workflows. Pure and total: bad input gives errors with paths and positions, never
/// an exception.
/// </summary>
public static class ScoreParser
{
    public static ScoreParseResult Parse(string content, ScoreLimits? limits = null)
    {
        limits ??= ScoreLimits.Default;
        var read = YamlJsonReader.Read(content, new YamlReadLimits(limits.MaxBytes, limits.MaxDepth, limits.MaxNodes));
        var validation = new ScoreValidation(read.Locations, limits);
        foreach (var error in read.Errors)
            validation.Add(new ScoreError(error.Path, error.Message, error.Line, error.Column, error.TooLarge));
        if (read.Root is not JsonObject root)
        {
            if (!validation.HasErrors)
                validation.Report(JsonPath.Root, read.Root is null ? "the document is empty" : $"a Score document must be a map, got {JsonKinds.Describe(read.Root)}");
            return new ScoreParseResult(null, validation.Errors);
        }
        var spec = ScoreDocumentReader.Read(root, validation);
        return new ScoreParseResult(validation.HasErrors ? null : spec, validation.Errors);
    }
}
