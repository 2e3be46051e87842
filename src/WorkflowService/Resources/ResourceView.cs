using System.Text.Json;

namespace Innominatus.WorkflowService.Resources;

public sealed record ResourceView(
    Guid Id,
    string Application,
    string Team,
    string Name,
    string Type,
    string? Class,
    string? SharedId,
    string Provider,
    string State,
    string DesiredOperation,
    int Revision,
    JsonElement Parameters,
    JsonElement? Outputs,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<ResourceTransitionView> Transitions)
{
    public static ResourceView From(ResourceInstance r) => new(
        r.Id, r.Application, r.Team, r.Name, r.Type, r.Class, r.SharedId, r.Provider, r.State, r.DesiredOperation, r.Revision,
        r.Parameters.RootElement, r.Outputs?.RootElement, r.CreatedAt, r.UpdatedAt,
        r.Transitions.OrderBy(t => t.At).ThenBy(t => t.Id).Select(t => new ResourceTransitionView(t.FromState, t.ToState, t.Reason, t.Actor, t.At)).ToList());
}
