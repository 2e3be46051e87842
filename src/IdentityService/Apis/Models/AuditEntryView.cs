namespace Innominatus.IdentityService.Apis.Models;

public sealed record AuditEntryView(long Id, DateTimeOffset At, string Actor, string Action, string? Target, string Outcome, string? Detail, string? ClientAddress);
