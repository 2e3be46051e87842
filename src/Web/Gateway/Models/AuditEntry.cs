namespace Innominatus.Web.Gateway.Models;

public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string? Target, string Outcome, string? Detail, string? ClientAddress);
