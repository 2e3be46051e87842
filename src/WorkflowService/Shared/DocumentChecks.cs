using System.Text.Json.Nodes;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Shared;

/// <summary>Checks shared by the provider and golden path documents.</summary>
public static class DocumentChecks
{
    public const string ApiVersion = "innominatus.dev/v1";

    public static string? Required(JsonObject node, string key, string path, List<DefinitionError> errors)
    {
        var value = JsonRead.String(node[key]);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new DefinitionError($"{path}.{key}", $"'{key}' is required and must be a string"));
            return null;
        }
        return value;
    }

    // Unknown fields are errors so a typo such as 'alias' for 'aliases' cannot pass silently.
    public static IEnumerable<DefinitionError> UnknownKeys(JsonObject node, IReadOnlySet<string> known, string path) =>
        node.Where(p => !known.Contains(p.Key)).Select(p => new DefinitionError($"{path}.{p.Key}", $"unknown field '{p.Key}'"));

    public static void Header(JsonObject root, string kind, List<DefinitionError> errors)
    {
        Expect(root, "apiVersion", ApiVersion, errors);
        Expect(root, "kind", kind, errors);
    }

    private static void Expect(JsonObject root, string key, string expected, List<DefinitionError> errors)
    {
        var actual = JsonRead.String(root[key]);
        if (actual != expected)
        {
            errors.Add(new DefinitionError($"$.{key}", $"expected '{expected}', found '{actual ?? "nothing"}'"));
        }
    }
}
