using Innominatus.WorkflowService.Shared;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Providers;

/// <summary>Loads providers from a folder: the folder itself if it holds provider.yaml, else each subfolder that does.</summary>
public static class ProviderFolderLoader
{
    public const string ManifestFileName = "provider.yaml";

    public static List<ProviderManifest> Load(string folder, string source, List<CatalogLoadError> errors)
    {
        if (!Directory.Exists(folder))
        {
            errors.Add(new CatalogLoadError(source, folder, null, "the provider folder does not exist"));
            return [];
        }
        var directories = File.Exists(Path.Combine(folder, ManifestFileName))
            ? [folder]
            : Directory.GetDirectories(folder).Where(d => File.Exists(Path.Combine(d, ManifestFileName))).Order(StringComparer.Ordinal).ToList();
        if (directories.Count == 0)
        {
            errors.Add(new CatalogLoadError(source, folder, null, $"no {ManifestFileName} in the folder or its subfolders"));
        }
        return [.. directories.Select(d => LoadProvider(d, source, errors)).OfType<ProviderManifest>()];
    }

    public static string WorkflowFile(string directory, string workflowName) => Path.Combine(directory, "workflows", workflowName + ".yaml");

    private static ProviderManifest? LoadProvider(string directory, string source, List<CatalogLoadError> errors)
    {
        var manifestFile = Path.Combine(directory, ManifestFileName);
        var parsed = ProviderManifestParser.Parse(File.ReadAllText(manifestFile), source);
        if (!parsed.IsValid)
        {
            errors.AddRange(parsed.Errors.Select(e => new CatalogLoadError(source, manifestFile, e.Path, e.Message, e.Line)));
            return null;
        }
        var before = errors.Count;
        var workflows = new Dictionary<string, WorkflowDefinition>(StringComparer.Ordinal);
        foreach (var name in parsed.Value!.ResourceTypes.SelectMany(t => new[] { t.Workflows.Create, t.Workflows.Update, t.Workflows.Delete }).Distinct())
        {
            var workflow = LoadWorkflow(directory, name, source, errors);
            if (workflow is not null)
            {
                workflows[name] = workflow;
            }
        }
        var provider = parsed.Value with { Workflows = workflows };
        errors.AddRange(ProviderContractChecks.Check(provider, directory));
        return errors.Count == before ? provider : null;
    }

    private static WorkflowDefinition? LoadWorkflow(string directory, string name, string source, List<CatalogLoadError> errors)
    {
        var file = WorkflowFile(directory, name);
        if (!File.Exists(file))
        {
            errors.Add(new CatalogLoadError(source, file, null, $"workflow file not found: {ProviderManifestFileName(directory)} references workflow '{name}'"));
            return null;
        }
        var parsed = WorkflowDefinitionParser.Parse(File.ReadAllText(file), name);
        if (!parsed.IsValid)
        {
            errors.AddRange(parsed.Errors.Select(e => new CatalogLoadError(source, file, e.Path, e.Message, e.Line)));
            return null;
        }
        if (parsed.Value!.Name != name)
        {
            errors.Add(new CatalogLoadError(source, file, "$.metadata.name", $"the workflow is named '{parsed.Value.Name}' but its file says '{name}'"));
            return null;
        }
        return parsed.Value;
    }

    private static string ProviderManifestFileName(string directory) => Path.Combine(directory, ManifestFileName);
}
