namespace Innominatus.WorkflowService.Workflows.Processes;

/// <summary>A process step asked for a working folder it may not have; the message names the rule.</summary>
public sealed class WorkspaceException(string message) : Exception(message);
