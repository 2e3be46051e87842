namespace Innominatus.Web.Gateway.Models;

public sealed record RunView(
    Guid Id, string Name, string Kind, string? Application, Guid? ResourceId, string? Operation, string Team, string RequestedBy,
    string State, string? Error, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, IReadOnlyList<StepView> Steps)
{
    public bool Finished => State is RunStates.Succeeded or RunStates.Failed or RunStates.Cancelled;
}
