using System.Text;
using System.Text.Json.Nodes;
using YamlDotNet.Core;

namespace Innominatus.WorkflowService.Yaml;

/// <summary>
/// Reads one YAML (or JSON) document into System.Text.Json nodes with YAML 1.2 core-schema scalars, remembering the
/// line and column of every node. Never throws on bad input: every problem comes back as an error with a position.
/// </summary>
public static class YamlJsonReader
{
    public static YamlReadResult Read(string? text, YamlReadLimits? limits = null)
    {
        limits ??= YamlReadLimits.Default;
        text ??= "";
        if (text.Length > limits.MaxBytes || Encoding.UTF8.GetByteCount(text) > limits.MaxBytes)
            return Refused($"the document is larger than the limit of {limits.MaxBytes} bytes");
        return Parse(text, new JsonTreeBuilder(limits)).Result();
    }

    /// <summary>A stream of documents separated by <c>---</c> (Kubernetes manifests), under the same limits in total.</summary>
    public static (IReadOnlyList<JsonNode?> Documents, IReadOnlyList<YamlReadError> Errors) ReadAll(string? text, YamlReadLimits? limits = null)
    {
        limits ??= YamlReadLimits.Default;
        text ??= "";
        if (text.Length > limits.MaxBytes || Encoding.UTF8.GetByteCount(text) > limits.MaxBytes)
            return ([], Refused($"the document is larger than the limit of {limits.MaxBytes} bytes").Errors);
        var builder = Parse(text, new JsonTreeBuilder(limits, manyDocuments: true));
        return (builder.Documents, builder.Result().Errors);
    }

    private static JsonTreeBuilder Parse(string text, JsonTreeBuilder builder)
    {
        var parser = new Parser(new StringReader(text.TrimStart('\uFEFF')));
        var lastGood = Mark.Empty;
        while (Next(parser, builder, lastGood, text))
        {
            lastGood = parser.Current!.End;
            if (!builder.Accept(parser.Current))
                break;
        }
        return builder;
    }

    private static bool Next(Parser parser, JsonTreeBuilder builder, Mark lastGood, string text)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (YamlException exception)
        {
            var message = WithoutPosition(exception.Message);
            var at = message.Contains("tab", StringComparison.Ordinal) ? FirstTabIndentedLine(text) ?? exception.Start : exception.Start;
            return builder.Fail($"invalid YAML: {message}", at);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws these instead of a YamlException on some malformed input (seen with an
            // unclosed flow sequence followed by a plain scalar); they all mean the text is not valid YAML.
            return builder.Fail($"invalid YAML after line {lastGood.Line}, column {lastGood.Column}", lastGood);
        }
    }

    // YamlDotNet reports tab indentation at the start of the enclosing mapping; the offending line is more useful.
    private static Mark? FirstTabIndentedLine(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i][..indentation].Contains('\t'))
                return new Mark(0, i + 1, lines[i].IndexOf('\t') + 1);
        }
        return null;
    }

    private static YamlReadResult Refused(string message) =>
        new(null, [new YamlReadError(JsonPath.Root, message, TooLarge: true)], YamlLocations.None);

    // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (...): "; the position is reported separately.
    private static string WithoutPosition(string message)
    {
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker > 0 ? message[(marker + 3)..] : message;
    }
}
