namespace Innominatus.WorkflowService.Providers;

public sealed record ResourceTypeSummary(string Type, IReadOnlyList<string> Aliases, string? Description);
