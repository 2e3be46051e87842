using Innominatus.WorkflowService.Shared;

namespace Innominatus.WorkflowService.Providers;

/// <summary>
/// Checks that a provider's workflows can serve its resource types: the create workflow publishes every declared
/// output, no workflow publishes an undeclared one, create and update accept every type parameter, and every
/// required workflow parameter can be supplied.
/// </summary>
internal static class ProviderContractChecks
{
    public static IEnumerable<CatalogLoadError> Check(ProviderManifest provider, string directory)
    {
        for (var i = 0; i < provider.ResourceTypes.Count; i++)
        {
            var type = provider.ResourceTypes[i];
            foreach (var operation in Enum.GetValues<ResourceOperation>())
            {
                var name = type.Workflows.For(operation);
                if (!provider.Workflows.TryGetValue(name, out var workflow))
                {
                    continue;
                }
                var file = ProviderFolderLoader.WorkflowFile(directory, name);
                var where = $"used by type '{type.Type}' ($.resourceTypes[{i}]) for {operation.ToString().ToLowerInvariant()}";
                var declared = type.Outputs.Select(o => o.Name).ToHashSet();
                if (operation == ResourceOperation.Create)
                {
                    foreach (var missing in declared.Where(o => !workflow.Outputs.ContainsKey(o)))
                    {
                        yield return new CatalogLoadError(provider.Source, file, "$.outputs", $"does not publish output '{missing}' declared by type '{type.Type}' ({where})");
                    }
                }
                if (operation != ResourceOperation.Delete)
                {
                    foreach (var ignored in type.Parameters.Keys.Where(p => !workflow.Parameters.ContainsKey(p)))
                    {
                        yield return new CatalogLoadError(provider.Source, file, "$.parameters", $"does not declare parameter '{ignored}' of type '{type.Type}', so it would be dropped ({where})");
                    }
                }
                foreach (var extra in workflow.Outputs.Keys.Where(o => !declared.Contains(o)))
                {
                    yield return new CatalogLoadError(provider.Source, file, $"$.outputs.{extra}", $"publishes output '{extra}' that type '{type.Type}' does not declare ({where})");
                }
                var unsatisfiable = workflow.Parameters
                    .Where(p => p.Value.Required && p.Value.Default is null)
                    .Where(p => !ProviderWorkflowInputs.All.Contains(p.Key) && !type.Parameters.ContainsKey(p.Key));
                foreach (var (parameter, _) in unsatisfiable)
                {
                    yield return new CatalogLoadError(provider.Source, file, $"$.parameters.{parameter}", $"requires parameter '{parameter}' that is neither a standard input nor a parameter of type '{type.Type}' ({where})");
                }
            }
        }
    }
}
