namespace Innominatus.WorkflowService.Workflows.Definitions;

/// <summary>
/// What one step may ask for, from <c>Workflows:Limits</c>: <c>MaxStepTimeout</c> (default 24h) and
/// <c>MaxStepLogLines</c> per step attempt (default 10,000). Process-wide rather than injected because workflow
/// definitions are read by static parsers in many places (provider folders, golden paths, Score files, posted plans)
/// and each must refuse the same timeouts; <c>WorkflowLimitsSetup</c> sets them once at the service's start-up (the
/// CLI, which compiles this folder in, checks definitions against the defaults).
/// </summary>
public static class WorkflowLimits
{
    public const string Section = "Workflows:Limits";
    public const int DefaultMaxStepLogLines = 10_000;
    public static readonly TimeSpan DefaultMaxStepTimeout = TimeSpan.FromHours(24);

    // CancellationTokenSource and Task.Delay throw above 2^32-2 ms (49.7 days): no configured limit may reach it.
    public static readonly TimeSpan TimerCeiling = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    public static TimeSpan MaxStepTimeout { get; private set; } = DefaultMaxStepTimeout;

    public static int MaxStepLogLines { get; private set; } = DefaultMaxStepLogLines;

    /// <summary>The timeout the engine arms for a step: never above the limit, whatever a stored definition says.</summary>
    public static TimeSpan Cap(TimeSpan timeout) => timeout > MaxStepTimeout ? MaxStepTimeout : timeout;

    /// <summary>A limit as a definition would write it: 24h, 1h30m, 90s.</summary>
    public static string Describe(TimeSpan duration)
    {
        var text = (duration.Days * 24 + duration.Hours is var h and > 0 ? $"{h}h" : "")
            + (duration.Minutes > 0 ? $"{duration.Minutes}m" : "") + (duration.Seconds > 0 ? $"{duration.Seconds}s" : "")
            + (duration.Milliseconds > 0 ? $"{duration.Milliseconds}ms" : "");
        return text.Length > 0 ? text : "0s";
    }

    internal static void Apply(TimeSpan maxStepTimeout, int maxStepLogLines) =>
        (MaxStepTimeout, MaxStepLogLines) = (maxStepTimeout, maxStepLogLines);
}
