namespace Innominatus.DemoService.Status;

public sealed record ReadinessAnswer(IReadOnlyList<ObjectReadiness> Objects);
