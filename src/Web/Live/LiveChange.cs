using System.Text.Json;

namespace Innominatus.Web.Live;

/// <summary>
/// One event of the platform's stream (<c>GET /api/events/stream</c>): a step, workflow or resource state change or a
/// log line, for what the signed-in user may see; or <see cref="Connected"/> when the stream (re)opens, after which a
/// page reloads, since events while it was closed are not replayed.
/// </summary>
public sealed record LiveChange(string Type, JsonElement Data)
{
    public const string Connected = "connected";

    public static readonly LiveChange Opened = new(Connected, default);

    public Guid? ExecutionId => Guid.TryParse(Text("executionId"), out var id) ? id : null;

    public Guid? ResourceId => Guid.TryParse(Text("resourceId"), out var id) ? id : null;

    public string? Application => Text("application");

    public string? Step => Text("step");

    public string? Line => Text("line");

    public DateTimeOffset? At => Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty("at", out var at) && at.TryGetDateTimeOffset(out var value) ? value : null;

    private string? Text(string property) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
