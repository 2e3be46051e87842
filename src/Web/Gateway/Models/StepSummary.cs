namespace Innominatus.Web.Gateway.Models;

public sealed record StepSummary(string Name, string Type, string Phase, IReadOnlyList<string> DependsOn);
