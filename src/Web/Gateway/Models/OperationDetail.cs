namespace Innominatus.Web.Gateway.Models;

/// <summary>The workflow a provider runs for one operation (create, update, delete) of a resource type.</summary>
public sealed record OperationDetail(string Operation, string Workflow, string? Description, IReadOnlyList<StepSummary> Steps);
