using System.Text.Json;

namespace Innominatus.Web.Gateway.Models;

/// <summary>The answer of <c>GET /api/resources/{id}</c>: secret outputs arrive as <c>secretRef:</c> references, never values.</summary>
public sealed record ResourceView(
    Guid Id, string Application, string Team, string Name, string Type, string? Class, string? SharedId, string Provider, string State,
    string DesiredOperation, int Revision, JsonElement Parameters, JsonElement? Outputs, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<ResourceTransition> Transitions);
