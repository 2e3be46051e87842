using System.Text.Json;
using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Engine;
using Innominatus.WorkflowService.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>
/// A step's manifest text is read as YAML first, with its placeholders still in it; only then are placeholders
/// replaced, inside scalar values only, so a value holding a newline, <c>: </c>, <c>{</c> or <c>---</c> stays one
/// value and cannot add keys or documents. An unquoted scalar that is one placeholder and nothing else takes the
/// value's type (a number stays a number, <c>"3"</c> becomes 3 as YAML would read it); a quoted one, or a placeholder
/// inside other text, gives a string. Keys are kept as written.
/// </summary>
public static class ManifestTemplate
{
    // An unquoted whole-scalar placeholder is marked ${=path} before the tree is built, where quoting is no longer known.
    private const string TypedMarker = "${=";

    public static List<JsonObject> Resolve(string template, TemplateScope scope, ICollection<string> unresolved) =>
        ManifestReader.ReadAll(MarkTypedPlaceholders(template.TrimStart('\uFEFF')))
            .Select(document => (JsonObject)ResolveNode(document, scope, unresolved)!).ToList();

    private static JsonNode? ResolveNode(JsonNode? node, TemplateScope scope, ICollection<string> unresolved) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, ResolveNode(p.Value, scope, unresolved)))),
        JsonArray array => new JsonArray(array.Select(item => ResolveNode(item, scope, unresolved)).ToArray()),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => ResolveScalar(value.GetValue<string>(), scope, unresolved),
        _ => node?.DeepClone(),
    };

    private static JsonNode? ResolveScalar(string text, TemplateScope scope, ICollection<string> unresolved)
    {
        if (!text.StartsWith(TypedMarker, StringComparison.Ordinal))
        {
            return JsonValue.Create(TemplateResolver.ResolveText(text, scope, unresolved));
        }
        var path = text[TypedMarker.Length..^1].Trim();
        var value = scope.Lookup(path);
        if (value is null)
        {
            unresolved.Add(path);
            return null;
        }
        return value is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? YamlScalarResolver.Resolve(new Scalar(AnchorName.Empty, TagName.Empty, v.GetValue<string>(), ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false), out _)
            : value.DeepClone();
    }

    private static string MarkTypedPlaceholders(string text)
    {
        var marks = new List<int>();
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                if (parser.Current is Scalar { Style: ScalarStyle.Plain } scalar && scalar.Tag.IsEmpty && IsWholePlaceholder(scalar.Value)
                    && scalar.Start.Index + scalar.Value.Length <= text.Length
                    && string.CompareOrdinal(text, (int)scalar.Start.Index, scalar.Value, 0, scalar.Value.Length) == 0)
                {
                    marks.Add((int)scalar.Start.Index + 2);
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // Not valid YAML: ManifestReader reports where.
        }
        for (var i = marks.Count - 1; i >= 0; i--)
        {
            text = text.Insert(marks[i], "=");
        }
        return text;
    }

    private static bool IsWholePlaceholder(string value) =>
        value.StartsWith("${", StringComparison.Ordinal) && value.IndexOf('}') == value.Length - 1;
}
