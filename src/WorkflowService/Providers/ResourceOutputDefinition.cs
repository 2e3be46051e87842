namespace Innominatus.WorkflowService.Providers;

/// <summary>An output a resource type publishes; secret outputs must be stored and shown as secrets.</summary>
public sealed record ResourceOutputDefinition(string Name, string? Description, bool Secret);
