namespace Innominatus.Web.Gateway.Models;

public sealed record ResourceTypeDetail(string Type, IReadOnlyList<string> Aliases, string? Description, IReadOnlyList<OperationDetail> Operations, IReadOnlyList<ParameterSummary> Parameters);
