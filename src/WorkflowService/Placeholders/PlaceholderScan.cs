namespace Innominatus.WorkflowService.Placeholders;

/// <summary>The placeholders in a string and, if a <c>${</c> is never closed, where it starts.</summary>
public sealed record PlaceholderScan(IReadOnlyList<PlaceholderReference> References, int? UnterminatedAt);
