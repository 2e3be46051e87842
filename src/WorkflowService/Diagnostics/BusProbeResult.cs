namespace Innominatus.WorkflowService.Diagnostics;

public sealed record BusProbeResult(Guid ProbeId, IReadOnlyList<BusProbeResult.Answer> Answers, IReadOnlyList<string> Missing)
{
    public sealed record Answer(string Service, DateTimeOffset AnsweredAt, DateTimeOffset ReceivedAt);
}
