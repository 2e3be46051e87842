namespace Innominatus.Web.Gateway.Models;

public sealed record GoldenPathDetail(
    string Name, string Description, string Category, IReadOnlyList<string> Tags, string? EstimatedDuration, IReadOnlyList<ParameterSummary> Parameters,
    IReadOnlyList<StepSummary> Steps, IReadOnlyList<string> Outputs, bool AdminsOnly);
