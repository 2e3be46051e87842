namespace Innominatus.WorkflowService.Workflows.Engine;

/// <summary>How long a step or run took, as every answer shows it: seconds to the millisecond, null until it has ended.</summary>
public static class Durations
{
    public static double? Seconds(DateTimeOffset? start, DateTimeOffset? end) =>
        start is { } s && end is { } e ? Math.Round((e - s).TotalSeconds, 3) : null;
}
