namespace Innominatus.Cli.Api;

/// <summary>One server-sent event of <c>/api/events/stream</c>: type workflow, step, resource or log, and its data.</summary>
public sealed record ServerEvent(string Type, JsonElement Data);
