namespace Innominatus.Web.Gateway.Models;

public sealed record RunSummary(Guid Id, string Name, string Kind, string? Application, string State, string? Error, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt);
