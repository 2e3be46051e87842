namespace Innominatus.Web.Gateway.Models;

public static class RunStates
{
    public const string Running = "running";

    public const string WaitingApproval = "waiting_approval";

    public const string Succeeded = "succeeded";

    public const string Failed = "failed";

    public const string Cancelled = "cancelled";
}
