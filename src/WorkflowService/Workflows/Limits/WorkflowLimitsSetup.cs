using System.Globalization;
using Innominatus.WorkflowService.Workflows.Definitions;

namespace Innominatus.WorkflowService.Workflows.Limits;

/// <summary>Reads <c>Workflows:Limits</c> at start-up; a bad value stops the service, naming the key.</summary>
public static class WorkflowLimitsSetup
{
    public static void Configure(IConfiguration configuration)
    {
        var section = configuration.GetSection(WorkflowLimits.Section);
        var timeout = section["MaxStepTimeout"] is { Length: > 0 } text ? ParseTimeout(text) : WorkflowLimits.DefaultMaxStepTimeout;
        var lines = section["MaxStepLogLines"] is { Length: > 0 } count ? ParseLines(count) : WorkflowLimits.DefaultMaxStepLogLines;
        WorkflowLimits.Apply(timeout, lines);
    }

    private static TimeSpan ParseTimeout(string text)
    {
        if (!WorkflowDuration.TryParse(text, out var limit) || limit <= TimeSpan.Zero || limit > WorkflowLimits.TimerCeiling)
            throw new InvalidOperationException($"{WorkflowLimits.Section}:MaxStepTimeout must be {WorkflowDuration.Meaning}, "
                + $"above zero and at most {WorkflowLimits.Describe(WorkflowLimits.TimerCeiling)} (got '{text}')");
        return limit;
    }

    private static int ParseLines(string text) =>
        int.TryParse(text, CultureInfo.InvariantCulture, out var lines) && lines > 0
            ? lines
            : throw new InvalidOperationException($"{WorkflowLimits.Section}:MaxStepLogLines must be a whole number above zero (got '{text}')");
}
