namespace Innominatus.DemoService.Status;

/// <summary>The demo platform: the latest runs and each component's state.</summary>
public sealed record DemoStatus(RunReference? LastInstall, RunReference? LastNuke, IReadOnlyList<ComponentStatus> Components)
{
    /// <summary>How to sign in to Innominatus with the demo's Keycloak; none when the catalogue has no realm.</summary>
    public SingleSignOnStatus? SingleSignOn { get; init; }
}

public sealed record RunReference(Guid WorkflowRunId, string State, DateTimeOffset CreatedAt);
