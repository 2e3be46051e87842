using YamlDotNet.RepresentationModel;

namespace Innominatus.KubernetesTests.Infrastructure;

/// <summary>
/// What the shipped provider workflows and golden paths do to Kubernetes, read from the catalog files: for each
/// (API group, resource) the operations (apply, delete) of their kubernetes and argocd-app steps.
/// </summary>
public static class CatalogKinds
{
    public static IReadOnlyDictionary<(string Group, string Resource), HashSet<string>> Read()
    {
        var source = Path.Combine(Repository.Root, "src", "WorkflowService");
        var files = Directory.GetFiles(Path.Combine(source, "provider-catalog"), "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "workflows")
            .Concat(Directory.GetFiles(Path.Combine(source, "golden-path-catalog"), "*.yaml"));
        var found = new Dictionary<(string, string), HashSet<string>>();
        foreach (var file in files)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(file)));
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            if (!root.Children.TryGetValue("steps", out var steps))
            {
                continue;
            }
            foreach (var step in ((YamlSequenceNode)steps).Cast<YamlMappingNode>())
            {
                var type = Scalar(step, "type");
                var config = step.Children.TryGetValue("config", out var c) ? (YamlMappingNode)c : new YamlMappingNode();
                var operation = Scalar(config, "operation") ?? "apply";
                if (type == "argocd-app")
                {
                    Add(found, ("argoproj.io", "applications"), operation);
                }
                else if (type == "kubernetes" && Scalar(config, "manifest") is { } manifest)
                {
                    var objects = new YamlStream();
                    objects.Load(new StringReader(manifest));
                    foreach (var document in objects.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>())
                    {
                        Add(found, Resource(Scalar(document, "apiVersion")!, Scalar(document, "kind")!), operation);
                    }
                }
            }
        }
        return found;
    }

    /// <summary>Group and plural as RBAC names them; irregular plurals would need a case here.</summary>
    public static (string Group, string Resource) Resource(string apiVersion, string kind)
    {
        var group = apiVersion.Contains('/') ? apiVersion[..apiVersion.IndexOf('/')] : "";
        var lower = kind.ToLowerInvariant();
        return (group, lower.EndsWith('s') ? lower + "es" : lower + "s");
    }

    private static void Add(Dictionary<(string, string), HashSet<string>> found, (string, string) key, string operation)
    {
        if (!found.TryGetValue(key, out var operations))
        {
            found[key] = operations = [];
        }
        operations.Add(operation);
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) ? (value as YamlScalarNode)?.Value : null;
}
