using System.Text.Json;

namespace Innominatus.Contracts.Resources;

/// <summary>
/// A resource needs its provider's workflow for <see cref="Operation"/> (create, update or delete).
/// <see cref="RequestId"/> is unique per request, so a consumer can apply it exactly once.
/// </summary>
public sealed record ResourceRequested(
    Guid RequestId,
    Guid ResourceId,
    string Application,
    string Resource,
    string Type,
    string Provider,
    string Operation,
    string Workflow,
    int Revision,
    JsonElement Parameters,
    string RequestedBy,
    DateTimeOffset RequestedAt);
