namespace Innominatus.Contracts.Diagnostics;

public sealed record BusProbeAnswered(Guid ProbeId, string Service, DateTimeOffset AnsweredAt);
