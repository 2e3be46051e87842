using System.Text.Json;

namespace Innominatus.Contracts.GoldenPaths;

public sealed record GoldenPathRunRequested(
    Guid RunId,
    string GoldenPath,
    JsonElement Parameters,
    string RequestedBy,
    string Team,
    DateTimeOffset RequestedAt);
