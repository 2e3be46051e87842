namespace Innominatus.WorkflowService.Workflows.Engine;

public sealed record OperationResult(OperationStatus Status, string? Detail = null)
{
    public static readonly OperationResult Ok = new(OperationStatus.Ok);

    public static OperationResult NotFound(string detail) => new(OperationStatus.NotFound, detail);

    public static OperationResult Conflict(string detail) => new(OperationStatus.Conflict, detail);
}
