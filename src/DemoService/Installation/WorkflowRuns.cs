using System.Text.Json;

namespace Innominatus.DemoService.Installation;

/// <summary>The parts of the WorkflowService's answers demo-status reads.</summary>
public sealed record RunSummary(Guid Id, string Name, string Kind, string State, string? Error, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt);

public sealed record RunDetail(Guid Id, string Name, string Kind, string State, string? Error, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, IReadOnlyList<RunStep> Steps);

public sealed record RunStep(string Name, string State, string? Error, JsonElement? Outputs);

public sealed record RunPage(IReadOnlyList<RunSummary> Items);

public sealed record PlatformRunAccepted(Guid WorkflowRunId, string Kind, string Name);
