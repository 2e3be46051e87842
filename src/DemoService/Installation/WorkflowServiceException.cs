namespace Innominatus.DemoService.Installation;

/// <summary>The WorkflowService refused or failed a call; the message is its answer, in one line.</summary>
public sealed class WorkflowServiceException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
