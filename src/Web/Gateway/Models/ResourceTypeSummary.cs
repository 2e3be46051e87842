namespace Innominatus.Web.Gateway.Models;

public sealed record ResourceTypeSummary(string Type, IReadOnlyList<string> Aliases, string? Description);
