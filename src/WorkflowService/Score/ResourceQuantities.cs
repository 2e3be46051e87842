namespace Innominatus.WorkflowService.Score;

/// <summary>CPU (such as 2, 0.5 or 250m) and memory (such as 128M or 1.5Gi), kept as written.</summary>
public sealed record ResourceQuantities(string? Cpu, string? Memory);
