namespace Innominatus.WorkflowService.Workflows.Engine;

/// <param name="Title">For a refusal: the rule that refused it.</param>
public sealed record OperationResult(OperationStatus Status, string? Detail = null, string? Title = null)
{
    public static readonly OperationResult Ok = new(OperationStatus.Ok);

    public static OperationResult NotFound(string detail) => new(OperationStatus.NotFound, detail);

    public static OperationResult Conflict(string detail) => new(OperationStatus.Conflict, detail);

    public static OperationResult Forbidden(string rule, string detail) => new(OperationStatus.Forbidden, detail, rule);
}
