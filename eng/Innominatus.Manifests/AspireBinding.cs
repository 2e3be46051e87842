using System.Text.Json;

namespace Innominatus.Manifests;

/// <summary>A binding (endpoint) of an Aspire resource: scheme, optional target port, external or not.</summary>
internal sealed record AspireBinding(string Name, string Scheme, int? TargetPort, bool External)
{
    public static AspireBinding From(string name, JsonElement json) => new(
        name,
        json.GetProperty("scheme").GetString()!,
        json.TryGetProperty("targetPort", out var port) ? port.GetInt32() : null,
        json.TryGetProperty("external", out var external) && external.GetBoolean());
}
