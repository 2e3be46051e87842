namespace Innominatus.Web.Gateway.Models;

public static class StepStates
{
    public const string Pending = "pending";

    public const string WaitingApproval = "waiting_approval";

    public const string Failed = "failed";

    public const string Cancelled = "cancelled";
}
