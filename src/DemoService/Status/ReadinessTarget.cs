namespace Innominatus.DemoService.Status;

/// <summary>The WorkflowService's <c>POST /internal/platform-readiness</c> contract, as the DemoService sends and reads it.</summary>
public sealed record ReadinessTarget(string Kind, string Namespace, string Name);
