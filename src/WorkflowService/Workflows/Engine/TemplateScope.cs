using System.Text.Json.Nodes;

namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>What <c>${...}</c> placeholders of a step may name: parameters, earlier steps' outputs, the application's resources.</summary>
public sealed record TemplateScope(
    JsonObject Parameters,
    IReadOnlyDictionary<string, JsonObject> StepOutputs,
    IReadOnlyDictionary<string, JsonObject> ResourceOutputs,
    JsonObject Metadata)
{
    /// <summary>The secret values among the finished steps' outputs, masked in this step's log lines and error.</summary>
    public SecretValues Secrets { get; init; } = SecretValues.None;

    /// <summary>Where an application's objects go unless a step says otherwise: its <c>namespace</c> parameter, else its name.</summary>
    public string ApplicationNamespace => Parameters["namespace"]?.ToString() ?? Metadata["name"]?.ToString() ?? "default";

    public static TemplateScope ForParameters(JsonObject parameters) =>
        new(parameters, new Dictionary<string, JsonObject>(), new Dictionary<string, JsonObject>(), new JsonObject());

    /// <summary>The same scope with the outputs of the run's finished steps, secret ones decrypted.</summary>
    public TemplateScope WithSteps(WorkflowExecution execution, OutputProtection protection)
    {
        var secrets = new List<string>();
        var outputs = execution.Steps.Where(s => s.Outputs is not null).ToDictionary(s => s.Name, s => protection.Reveal(s.Outputs!, secrets), StringComparer.Ordinal);
        return this with { StepOutputs = outputs, Secrets = Secrets.With(secrets) };
    }

    public JsonNode? Lookup(string path)
    {
        var parts = path.Split('.');
        var (root, rest) = parts[0] switch
        {
            "parameters" => (Parameters, parts[1..]),
            "metadata" => (Metadata, parts[1..]),
            "steps" when parts.Length >= 4 && parts[2] == "outputs" => (StepOutputs.GetValueOrDefault(parts[1]), parts[3..]),
            "resources" when parts.Length >= 3 => (ResourceOutputs.GetValueOrDefault(parts[1]), parts[2..]),
            _ => ((JsonObject?)null, Array.Empty<string>()),
        };
        JsonNode? node = root;
        foreach (var part in rest)
        {
            node = node is JsonObject obj && obj.TryGetPropertyValue(part, out var child) ? child : null;
            if (node is null)
            {
                return null;
            }
        }
        return root is null || rest.Length == 0 ? null : node;
    }
}
