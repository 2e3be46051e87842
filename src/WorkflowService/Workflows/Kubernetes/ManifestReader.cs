using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Yaml;

namespace Innominatus.WorkflowService.Workflows.Kubernetes;

/// <summary>
/// Reads the manifests of a step: one or more YAML documents (separated by <c>---</c>) or JSON, with YAML 1.2 core
/// scalars (unquoted <c>3</c> is a number, <c>"3"</c> a string), so the API server gets the types it expects.
/// </summary>
public static class ManifestReader
{
    public static List<JsonObject> ReadAll(string text)
    {
        var (documents, errors) = YamlJsonReader.ReadAll(text);
        if (errors.Count > 0)
        {
            var first = errors[0];
            throw new KubernetesStepException($"manifest is not valid YAML (line {first.Line}): {first.Message}");
        }
        return documents.OfType<JsonObject>().ToList();
    }
}
