namespace Innominatus.WorkflowService.Score;

/// <summary>The network ports the workload publishes, by name.</summary>
public sealed record ServiceSpec(IReadOnlyDictionary<string, ServicePort> Ports);
