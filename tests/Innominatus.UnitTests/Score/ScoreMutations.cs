using System.Text.Json.Nodes;

namespace Innominatus.UnitTests.Score;

/// <summary>
/// Systematic variations of a valid document: every value replaced by values of other types and shapes, every map
/// given an unknown field, every field removed, every map key renamed to names that break or satisfy naming rules.
/// </summary>
public static class ScoreMutations
{
    private static readonly string[] Keys = ["a", "ab", "A-b", "UPPER", "x.y", "-ab", "ab-", "with space", "é-name", "a=b", "x/y", "prefix.com/key", new string('a', 63), new string('a', 64)];

    public static IEnumerable<(string Description, JsonObject Document)> Of(JsonObject document)
    {
        foreach (var (location, node) in Walk(document, []))
        {
            foreach (var replacement in Replacements())
                yield return ($"{Describe(location)} = {replacement?.ToJsonString() ?? "null"}", With(document, location, _ => replacement?.DeepClone()));
            if (node is not JsonObject map)
                continue;
            yield return ($"{Describe(location)} + unknown field", With(document, location, found => Add(found!.AsObject(), "zz-unknown", "x")));
            foreach (var key in map.Select(member => member.Key).ToList())
            {
                yield return ($"{Describe(location)} - {key}", With(document, location, found => Remove(found!.AsObject(), key)));
                foreach (var renamed in Keys)
                    yield return ($"{Describe(location)} rename {key} -> {renamed}", With(document, location, found => Rename(found!.AsObject(), key, renamed)));
            }
        }
    }

    private static IEnumerable<JsonNode?> Replacements() =>
    [
        "x", "", "ab", "UPPER", "a b", "é", new string('a', 64), "0644", "644", "1.5Gi", "128MB", "250m", "0.5", "TCP", "HTTP", "started",
        "score.dev/v1b1", 0, 1, 80, 65535, 65536, -1, 1.5, 80.0, true, false, null,
        new JsonArray(), new JsonArray("x"), new JsonArray(1), new JsonObject(), new JsonObject { ["k"] = "v" },
        new JsonObject { ["content"] = "c" }, new JsonObject { ["source"] = "s", ["target"] = "/t" }, new JsonObject { ["port"] = 80 },
    ];

    private static IEnumerable<(IReadOnlyList<object> Location, JsonNode? Node)> Walk(JsonNode? node, IReadOnlyList<object> location)
    {
        if (location.Count > 0)
            yield return (location, node);
        var children = node switch
        {
            JsonObject map => map.Select(member => ((object)member.Key, member.Value)),
            JsonArray list => list.Select((item, i) => ((object)i, item)),
            _ => [],
        };
        foreach (var (step, child) in children.ToList())
        {
            foreach (var found in Walk(child, [.. location, step]))
                yield return found;
        }
    }

    private static JsonObject With(JsonObject document, IReadOnlyList<object> location, Func<JsonNode?, JsonNode?> change)
    {
        var copy = document.DeepClone().AsObject();
        JsonNode parent = copy;
        foreach (var step in location.SkipLast(1))
            parent = step is int index ? parent[index]! : parent[(string)step]!;
        if (location[^1] is int i)
            parent.AsArray()[i] = change(parent[i]);
        else
            parent.AsObject()[(string)location[^1]] = change(parent[(string)location[^1]]);
        return copy;
    }

    // Changing a node in place and returning it again keeps the surrounding tree intact.
    private static JsonNode Add(JsonObject map, string key, string value) => Detached(map, copy => copy[key] = value);

    private static JsonNode Remove(JsonObject map, string key) => Detached(map, copy => copy.Remove(key));

    private static JsonNode Rename(JsonObject map, string key, string renamed) =>
        Detached(map, copy => copy.Select(member => member.Key).ToList().ForEach(name =>
        {
            if (name != key)
                return;
            var value = copy[name];
            copy.Remove(name);
            copy[renamed] = value?.DeepClone();
        }));

    private static JsonObject Detached(JsonObject map, Action<JsonObject> change)
    {
        var copy = map.DeepClone().AsObject();
        change(copy);
        return copy;
    }

    private static string Describe(IReadOnlyList<object> location) => "$" + string.Concat(location.Select(step => step is int i ? $"[{i}]" : $".{step}"));
}
