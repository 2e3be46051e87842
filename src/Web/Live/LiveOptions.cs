namespace Innominatus.Web.Live;

/// <summary><c>Web:Live</c>: how pages follow the platform.</summary>
public sealed class LiveOptions
{
    /// <summary>
    /// Pages also reload this often, whatever the event stream says: a safety net for an event lost while the stream
    /// reconnected, not the way pages normally change.
    /// </summary>
    public int FallbackRefreshSeconds { get; set; } = 30;

    /// <summary>The longest wait between attempts to reopen a broken stream.</summary>
    public int MaxReconnectSeconds { get; set; } = 30;
}
