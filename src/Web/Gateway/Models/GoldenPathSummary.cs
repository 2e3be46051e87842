namespace Innominatus.Web.Gateway.Models;

public sealed record GoldenPathSummary(string Name, string Description, string Category, IReadOnlyList<string> Tags, string? EstimatedDuration);
