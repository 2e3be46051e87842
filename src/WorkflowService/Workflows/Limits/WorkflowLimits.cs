using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Workflows.Limits;

/// <summary>
/// What one step may ask for, from <c>Workflows:Limits</c>: <c>MaxStepTimeout</c> (default 24h) and
/// <c>MaxStepLogLines</c> per step attempt (default 10,000). Process-wide rather than injected because workflow
/// definitions are read by static parsers in many places (provider folders, golden paths, Score files, posted plans)
/// and each must refuse the same timeouts; <see cref="Configure"/> sets them once at start-up.
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

    public static void Configure(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        MaxStepTimeout = section["MaxStepTimeout"] is { Length: > 0 } text ? ParseTimeout(text) : DefaultMaxStepTimeout;
        MaxStepLogLines = section["MaxStepLogLines"] is { Length: > 0 } lines ? ParseLines(lines) : DefaultMaxStepLogLines;
    }

    /// <summary>A limit as a definition would write it: 24h, 1h30m, 90s.</summary>
    public static string Describe(TimeSpan duration)
    {
        var text = (duration.Days * 24 + duration.Hours is var h and > 0 ? $"{h}h" : "")
            + (duration.Minutes > 0 ? $"{duration.Minutes}m" : "") + (duration.Seconds > 0 ? $"{duration.Seconds}s" : "")
            + (duration.Milliseconds > 0 ? $"{duration.Milliseconds}ms" : "");
        return text.Length > 0 ? text : "0s";
    }

    private static TimeSpan ParseTimeout(string text)
    {
        if (!WorkflowDuration.TryParse(text, out var limit) || limit <= TimeSpan.Zero || limit > TimerCeiling)
            throw new InvalidOperationException(
                $"{Section}:MaxStepTimeout must be {WorkflowDuration.Meaning}, above zero and at most {Describe(TimerCeiling)} (got '{text}')");
        return limit;
    }

    private static int ParseLines(string text) =>
        int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var lines) && lines > 0
            ? lines
            : throw new InvalidOperationException($"{Section}:MaxStepLogLines must be a whole number above zero (got '{text}')");
}
