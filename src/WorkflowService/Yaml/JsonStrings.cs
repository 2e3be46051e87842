using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Yaml;

/// <summary>The string values in a JSON tree (not its keys), in document order, each with its JSON path.</summary>
public static class JsonStrings
{
    public static IEnumerable<(string Path, string Text)> Within(JsonNode? node, string path)
    {
        var pending = new Stack<(JsonNode? Node, string Path)>([(node, path)]);
        while (pending.TryPop(out var next))
        {
            switch (next.Node)
            {
                case JsonObject map:
                    foreach (var (key, value) in map.Reverse())
                        pending.Push((value, JsonPath.Property(next.Path, key)));
                    break;
                case JsonArray list:
                    for (var i = list.Count - 1; i >= 0; i--)
                        pending.Push((list[i], JsonPath.Index(next.Path, i)));
                    break;
                default:
                    if (JsonKinds.TryGetString(next.Node, out var text))
                        yield return (next.Path, text);
                    break;
            }
        }
    }
}
