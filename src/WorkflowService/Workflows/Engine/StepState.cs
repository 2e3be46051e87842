namespace Innominatus.WorkflowService.Workflows.Engine;

public static class StepState
{
    public const string Pending = "pending";
    public const string Queued = "queued";
    public const string Running = "running";
    public const string WaitingApproval = "waiting_approval";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
    public const string Cancelled = "cancelled";

    /// <summary>A step that let its dependents go on.</summary>
    public static bool IsDone(string state) => state is Succeeded or Skipped;

    public static bool IsActive(string state) => state is Queued or Running or WaitingApproval;
}
