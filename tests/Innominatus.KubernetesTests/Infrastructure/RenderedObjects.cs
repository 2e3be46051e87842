using System.Text.RegularExpressions;
using k8s;

namespace Innominatus.KubernetesTests.Infrastructure;

/// <summary>The objects of a multi-document YAML stream (helm template, kustomize), typed on demand.</summary>
public sealed partial class RenderedObjects
{
    private RenderedObjects(IReadOnlyList<RenderedObject> objects) => Objects = objects;

    public IReadOnlyList<RenderedObject> Objects { get; }

    [GeneratedRegex(@"^---\s*$", RegexOptions.Multiline)]
    private static partial Regex DocumentSeparator();

    public static RenderedObjects Parse(string yaml)
    {
        var objects = DocumentSeparator().Split(yaml)
            .Select(document => (document, header: KubernetesYaml.Deserialize<ObjectHeader>(document)))
            .Where(d => d.header is { Kind: not null })
            .Select(d => new RenderedObject(d.header.ApiVersion!, d.header.Kind!, d.header.Metadata?.Name ?? "", d.document))
            .ToList();
        return new RenderedObjects(objects);
    }

    public IEnumerable<RenderedObject> OfKind(string kind) => Objects.Where(o => o.Kind == kind);

    public bool Has(string kind, string name) => OfKind(kind).Any(o => o.Name == name);

    public RenderedObject Single(string kind, string name)
    {
        var matches = OfKind(kind).Where(o => o.Name == name).ToList();
        Assert.True(matches.Count == 1,
            $"Expected one {kind} {name}, found {matches.Count}. Rendered: {string.Join(", ", Objects.Select(o => $"{o.Kind}/{o.Name}"))}");
        return matches[0];
    }

    public T Get<T>(string kind, string name) => Single(kind, name).As<T>();
}
