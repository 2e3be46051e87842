namespace Innominatus.ServiceDefaults.Logging;

/// <summary>
/// A background loop's view of an outage of something it needs (the database, the broker): the first failure is
/// the one to log and later ones are only counted, so a 10-minute outage is two lines (down, back) rather than
/// hundreds; the wait between attempts doubles from <paramref name="first"/> up to <paramref name="max"/>.
/// </summary>
public sealed class Outage(TimeSpan first, TimeSpan max)
{
    public int Failures { get; private set; }

    public TimeSpan Delay => Failures == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min(max.Ticks, first.Ticks << Math.Min(20, Failures - 1)));

    /// <summary>Records a failure; true when it starts an outage, the one failure to log.</summary>
    public bool Fail() => ++Failures == 1;

    /// <summary>Records a success; the failed attempts of the outage it ends (0 when there was none), to log the recovery once.</summary>
    public int Recover()
    {
        var failures = Failures;
        Failures = 0;
        return failures;
    }
}
