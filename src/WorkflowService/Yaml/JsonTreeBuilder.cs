using System.Text;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Innominatus.WorkflowService.Yaml;

/// <summary>
/// Builds a JSON tree from YamlDotNet parser events. It works event by event with an explicit stack, so deep nesting
/// cannot overflow the call stack, and it checks the limits before each node is added, so alias bombs stop early.
/// An alias counts at its expanded size (values, text and depth), the size every later consumer of the tree pays.
/// </summary>
/// <param name="manyDocuments">Accept a stream of documents (<c>---</c>), each with its own anchors; else a second one is an error.</param>
internal sealed class JsonTreeBuilder(YamlReadLimits limits, bool manyDocuments = false)
{
    private readonly List<JsonNode?> roots = [];
    private readonly Stack<OpenNode> open = new();
    private readonly Dictionary<string, AnchoredNode> anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlLocation> locations = new(StringComparer.Ordinal);
    private readonly List<YamlReadError> errors = [];
    private JsonNode? root;
    private int nodes;
    private long bytes;
    private int documents;
    private bool failed;

    public YamlReadResult Result() => new(failed ? null : root, errors, new YamlLocations(locations));

    /// <summary>Every document's root, in order, when reading a stream of documents.</summary>
    public IReadOnlyList<JsonNode?> Documents => roots;

    /// <returns>False once reading must stop.</returns>
    public bool Accept(ParsingEvent parsingEvent) => !failed && parsingEvent switch
    {
        DocumentStart start => StartDocument(start),
        MappingStart mapping => Open(new JsonObject(), mapping),
        SequenceStart sequence => Open(new JsonArray(), sequence),
        MappingEnd or SequenceEnd => Close(),
        Scalar scalar => open.TryPeek(out var parent) && parent.ExpectsKey ? AcceptKey(parent, scalar) : AcceptScalar(scalar),
        AnchorAlias alias => AcceptAlias(alias),
        _ => true,
    };

    public bool Fail(string message, Mark at, bool tooLarge = false)
    {
        var path = open.TryPeek(out var parent) ? parent.ChildPath : JsonPath.Root;
        AddError(path, message, at, tooLarge);
        failed = true;
        return false;
    }

    private bool StartDocument(DocumentStart start)
    {
        anchors.Clear();
        return ++documents == 1 || manyDocuments || Fail($"a second YAML document starts at line {start.Start.Line}; put one document in each file", start.Start);
    }

    private bool AcceptKey(OpenNode parent, Scalar key)
    {
        var map = (JsonObject)parent.Container;
        parent.PendingKey = key.Value;
        parent.PendingKeyIsDuplicate = map.ContainsKey(key.Value);
        var path = parent.ChildPath;
        var size = TextSize(key.Value);
        if (!Count(0, size, key.Start))
            return false;
        if (!key.Anchor.IsEmpty)
            anchors[key.Anchor.Value] = new AnchoredNode(JsonValue.Create(key.Value), 1, size, 0);
        if (parent.PendingKeyIsDuplicate && !parent.Discarded)
            AddError(path, $"duplicate key '{key.Value}'", key.Start);
        else if (!parent.Discarded)
            locations[path] = YamlLocation.From(key.Start);
        return true;
    }

    private bool AcceptScalar(Scalar scalar)
    {
        var size = TextSize(scalar.Value);
        if (!Count(1, size, scalar.Start))
            return false;
        var value = YamlScalarResolver.Resolve(scalar, out var error);
        if (error is not null && !(open.TryPeek(out var parent) && parent.DiscardsChild))
            AddError(ChildPath(), error, scalar.Start);
        if (!scalar.Anchor.IsEmpty)
            anchors[scalar.Anchor.Value] = new AnchoredNode(value, 1, size, 0);
        Attach(value, 0, scalar.Start);
        return true;
    }

    private bool Open(JsonNode container, NodeEvent start)
    {
        if (open.TryPeek(out var parent) && parent.ExpectsKey)
            return Fail("mapping keys must be plain values, not maps or lists", start.Start);
        if (open.Count + 1 > limits.MaxDepth)
            return Fail($"nesting is deeper than the limit of {limits.MaxDepth} levels", start.Start);
        if (!Count(1, 0, start.Start))
            return false;
        RememberLocation(start.Start);
        var anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value;
        open.Push(new OpenNode(container, ChildPath(), anchor, nodes - 1, bytes, parent?.DiscardsChild ?? false));
        return true;
    }

    private bool Close()
    {
        var node = open.Pop();
        if (node.Anchor is not null)
            anchors[node.Anchor] = new AnchoredNode(node.Container, nodes - node.NodesBefore, bytes - node.BytesBefore, node.Height);
        Attach(node.Container, node.Height, null);
        return true;
    }

    private bool AcceptAlias(AnchorAlias alias)
    {
        if (open.TryPeek(out var parent) && parent.ExpectsKey)
            return Fail("aliases cannot be used as mapping keys", alias.Start);
        if (!anchors.TryGetValue(alias.Value.Value, out var anchored))
            return Fail($"alias *{alias.Value.Value} refers to no anchor defined before it (an alias cannot refer to a node that contains it)", alias.Start);
        if (open.Count + anchored.Height > limits.MaxDepth)
            return Fail($"alias *{alias.Value.Value} nests deeper than the limit of {limits.MaxDepth} levels", alias.Start);
        if (!Count(anchored.Size, anchored.Bytes, alias.Start))
            return false;
        Attach(anchored.Node?.DeepClone(), anchored.Height, alias.Start);
        return true;
    }

    private bool Count(int addedNodes, long addedBytes, Mark at)
    {
        if ((long)nodes + addedNodes > limits.MaxNodes)
            return Fail($"the document has more than {limits.MaxNodes} values once aliases are expanded", at, tooLarge: true);
        if (bytes + addedBytes > limits.MaxBytes)
            return Fail($"the document is larger than the limit of {limits.MaxBytes} bytes once aliases are expanded", at, tooLarge: true);
        nodes += addedNodes;
        bytes += addedBytes;
        return true;
    }

    // Text of keys and scalars, as UTF-8: what the expanded tree costs to store, serialise and send on.
    private static long TextSize(string text) => Encoding.UTF8.GetByteCount(text);

    private void Attach(JsonNode? value, int height, Mark? start)
    {
        if (start is { } mark)
            RememberLocation(mark);
        if (!open.TryPeek(out var parent))
        {
            root = value;
            roots.Add(value);
            return;
        }
        parent.Height = Math.Max(parent.Height, height + 1);
        if (parent.Container is JsonArray array)
            array.Add(value);
        else if (!parent.PendingKeyIsDuplicate)
            parent.Container[parent.PendingKey!] = value;
        parent.PendingKey = null;
        parent.PendingKeyIsDuplicate = false;
    }

    // Mapping values are located at their key (recorded in AcceptKey); list items and the root at their own start.
    private void RememberLocation(Mark mark)
    {
        if (open.TryPeek(out var parent) && (parent.Container is JsonObject || parent.DiscardsChild))
            return;
        locations.TryAdd(ChildPath(), YamlLocation.From(mark));
    }

    private void AddError(string path, string message, Mark at, bool tooLarge = false)
    {
        var location = YamlLocation.From(at);
        errors.Add(new YamlReadError(path, message, location.Line, location.Column, tooLarge));
    }

    private string ChildPath() => open.TryPeek(out var parent) ? parent.ChildPath : JsonPath.Root;
}
