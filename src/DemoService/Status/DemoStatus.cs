namespace Innominatus.DemoService.Status;

/// <summary>The demo platform: the latest runs and each component's state.</summary>
public sealed record DemoStatus(RunReference? LastInstall, RunReference? LastNuke, IReadOnlyList<ComponentStatus> Components);

public sealed record RunReference(Guid WorkflowRunId, string State, DateTimeOffset CreatedAt);
