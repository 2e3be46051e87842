using System.Text.Json;

namespace Innominatus.Manifests;

/// <summary>One entry of the Aspire manifest's "resources" object, read lazily from its JSON.</summary>
internal sealed record AspireResource(string Name, JsonElement Json)
{
    public string Type => Json.GetProperty("type").GetString()!;

    public bool IsProject => Type == "project.v0";

    public bool IsContainer => Type == "container.v0";

    public bool IsWorkload => IsProject || IsContainer;

    public string? Image => Optional("image");

    public string? ConnectionString => Optional("connectionString");

    public string? Value => Optional("value");

    public string? Filter => Optional("filter");

    /// <summary>Environment variables in manifest order (the order is part of the deterministic output).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Env =>
        Json.TryGetProperty("env", out var env)
            ? env.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString() ?? "")).ToList()
            : [];

    public IReadOnlyList<AspireBinding> Bindings =>
        Json.TryGetProperty("bindings", out var bindings)
            ? bindings.EnumerateObject().Select(p => AspireBinding.From(p.Name, p.Value)).ToList()
            : [];

    private string? Optional(string property) =>
        Json.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
