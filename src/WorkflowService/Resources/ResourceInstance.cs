using System.Text.Json;

namespace Innominatus.WorkflowService.Resources;

/// <summary>One declared resource of one application, with its provider and where it is in its lifecycle.</summary>
public sealed class ResourceInstance
{
    public Guid Id { get; init; }

    public Guid ApplicationId { get; init; }

    public required string Application { get; init; }

    public required string Team { get; init; }

    public required string Name { get; init; }

    public required string Type { get; set; }

    public string? Class { get; set; }

    public string? SharedId { get; set; }

    public required string Provider { get; set; }

    public required JsonDocument Parameters { get; set; }

    public required string Fingerprint { get; set; }

    public string State { get; private set; } = ResourceState.Requested;

    /// <summary>create, update or delete: what the last request asked the provider to do.</summary>
    public string DesiredOperation { get; set; } = "create";

    public int Revision { get; set; }

    /// <summary>Connection outputs (host, port, URL) and secret references; never a secret value.</summary>
    public JsonDocument? Outputs { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<ResourceTransition> Transitions { get; } = [];

    /// <summary>The first entry of the history: the resource exists, requested, from now on.</summary>
    public ResourceTransition Declare(string reason, string actor, DateTimeOffset at)
    {
        var transition = new ResourceTransition { ResourceId = Id, FromState = "none", ToState = State, Reason = reason, Actor = actor, At = at };
        Transitions.Add(transition);
        return transition;
    }

    public ResourceTransition MoveTo(string state, string reason, string actor, DateTimeOffset at)
    {
        if (!ResourceStateMachine.CanMove(State, state))
        {
            throw new InvalidResourceTransitionException(Name, State, state);
        }
        var transition = new ResourceTransition { ResourceId = Id, FromState = State, ToState = state, Reason = reason, Actor = actor, At = at };
        Transitions.Add(transition);
        State = state;
        UpdatedAt = at;
        return transition;
    }
}
