namespace Innominatus.WorkflowService.Workflows.Engine;

public static class ExecutionState
{
    public const string Running = "running";
    public const string WaitingApproval = "waiting_approval";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";

    public static bool IsFinished(string state) => state is Succeeded or Failed or Cancelled;
}
