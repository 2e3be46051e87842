namespace Innominatus.WorkflowService.Providers;

public sealed class GitCommandException(string message) : Exception(message);
