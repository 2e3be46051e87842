namespace Innominatus.Web.Gateway.Models;

public sealed record StepPlan(string Name, string Type, string Phase, int Layer, IReadOnlyList<string> DependsOn, string? When, IReadOnlyList<ObjectPlan> Objects, string? Note);
