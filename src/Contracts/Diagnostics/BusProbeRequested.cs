namespace Innominatus.Contracts.Diagnostics;

/// <summary>Asks every service on the bus to prove it is subscribed by answering with <see cref="BusProbeAnswered"/>.</summary>
public sealed record BusProbeRequested(Guid ProbeId, string RequestedBy, DateTimeOffset RequestedAt);
