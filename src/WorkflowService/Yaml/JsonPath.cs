namespace Innominatus.WorkflowService.Yaml;

/// <summary>
/// Builds the JSON paths used in error messages: <c>$.containers.main.image</c>, <c>$.resources['my.db'].type</c>,
/// <c>$.steps[2].name</c>. Names that are not plain identifiers use the bracket form so the path stays unambiguous.
/// </summary>
public static class JsonPath
{
    public const string Root = "$";

    public static string Property(string parent, string name) =>
        IsPlain(name) ? $"{parent}.{name}" : $"{parent}['{name.Replace("\\", "\\\\").Replace("'", "\\'")}']";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    /// <summary>The proper prefixes of a path, longest first, down to the root.</summary>
    public static IEnumerable<string> AncestorsNearestFirst(string path)
    {
        var ends = new List<int>();
        var i = path.StartsWith(Root, StringComparison.Ordinal) ? 1 : 0;
        while (i < path.Length)
        {
            ends.Add(i);
            i = SegmentEnd(path, i);
        }
        for (var k = ends.Count - 1; k >= 0; k--)
            yield return path[..ends[k]];
    }

    private static bool IsPlain(string name) =>
        name.Length > 0 && (char.IsAsciiLetterOrDigit(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    private static int SegmentEnd(string path, int start)
    {
        if (path[start] == '.')
        {
            var next = path.IndexOfAny(['.', '['], start + 1);
            return next < 0 ? path.Length : next;
        }
        if (start + 1 < path.Length && path[start + 1] == '\'')
            return QuotedSegmentEnd(path, start + 2);
        var close = path.IndexOf(']', start);
        return close < 0 ? path.Length : close + 1;
    }

    private static int QuotedSegmentEnd(string path, int i)
    {
        for (; i < path.Length; i++)
        {
            if (path[i] == '\\')
                i++;
            else if (path[i] == '\'')
                return Math.Min(i + 2, path.Length);
        }
        return path.Length;
    }
}
