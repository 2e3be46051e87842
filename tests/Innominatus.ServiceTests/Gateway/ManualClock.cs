namespace Innominatus.ServiceTests.Gateway;

/// <summary>A clock that only moves when a test moves it.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
