namespace Innominatus.IdentityService.Login;

/// <summary>How long an account waits after its last failed login, given its failures within the window.</summary>
public static class LockoutDelay
{
    public static TimeSpan For(int failures, LockoutOptions options)
    {
        if (failures < Math.Max(1, options.MaxFailures))
        {
            return TimeSpan.Zero;
        }
        // Capped exponent: 2^20 s is far beyond any sensible maximum, and keeps the arithmetic in range.
        var doublings = Math.Min(failures - Math.Max(1, options.MaxFailures), 20);
        var seconds = Math.Min((double)options.FirstDelaySeconds * Math.Pow(2, doublings), options.MaxDelaySeconds);
        return TimeSpan.FromSeconds(Math.Max(0, seconds));
    }
}
