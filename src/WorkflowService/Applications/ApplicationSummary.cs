namespace Innominatus.WorkflowService.Applications;

public sealed record ApplicationSummary(string Name, string Team, string State, int Revision, int Resources, DateTimeOffset UpdatedAt);
