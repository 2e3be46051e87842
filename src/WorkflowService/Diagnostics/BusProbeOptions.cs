namespace Innominatus.WorkflowService.Diagnostics;

public sealed class BusProbeOptions
{
    public string[] ExpectedServices { get; set; } = [];

    public int TimeoutSeconds { get; set; } = 10;
}
