using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Innominatus.WorkflowService.Workflows.Definitions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Innominatus.WorkflowService.Shared;

/// <summary>Reads one YAML document into System.Text.Json nodes, following the YAML 1.2 core schema.</summary>
public static partial class YamlJson
{
    public static DefinitionResult<JsonNode> Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var line = (int)ex.Start.Line;
            return new(null, [new DefinitionError("$", $"invalid YAML: {ex.InnerException?.Message ?? ex.Message}", line > 0 ? line : null)]);
        }
        if (stream.Documents.Count == 0)
        {
            return new(null, [new DefinitionError("$", "the document is empty")]);
        }
        var errors = new List<DefinitionError>();
        var root = Convert(stream.Documents[0].RootNode, "$", errors);
        return new(root, errors);
    }

    private static JsonNode? Convert(YamlNode node, string path, List<DefinitionError> errors) => node switch
    {
        YamlScalarNode scalar => ConvertScalar(scalar),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select((child, i) => Convert(child, $"{path}[{i}]", errors))]),
        YamlMappingNode mapping => ConvertMapping(mapping, path, errors),
        _ => null,
    };

    private static JsonObject ConvertMapping(YamlMappingNode mapping, string path, List<DefinitionError> errors)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                errors.Add(new DefinitionError(path, "mapping keys must be plain strings", (int)key.Start.Line));
                continue;
            }
            result[name] = Convert(value, $"{path}.{name}", errors);
        }
        return result;
    }

    // Quoted and block scalars are always strings, so "1.0" or "true" in quotes keep their text.
    private static JsonNode? ConvertScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }
        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(text.Equals("true", StringComparison.OrdinalIgnoreCase));
        }
        if (IntegerPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }
        if (FloatPattern().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }
        return JsonValue.Create(text);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
